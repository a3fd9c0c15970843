"""The Textual view of coach: the app, its screens and widgets."""
