"""kiosk-staff, the back office: shell/ (the window, sign-in, banners, start-up),
one subpackage per page (queue/, stock/, alerts/, people/, resources/, stations/,
audit/), and what those pages share here (context, page base, table model, forms,
style, texts).
"""
