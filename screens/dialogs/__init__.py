"""The dialogs area of the app."""
