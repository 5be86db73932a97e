"""kiosk, the visitor kiosk: the window, screens/, the backend over the station link,
and the Qt-free visit state (visit_state.py) that holds the rules of a visit.
"""
