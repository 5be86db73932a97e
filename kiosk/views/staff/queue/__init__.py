"""The live queue page: its model, actions, dialogs, the queue feed and slip reprints."""
