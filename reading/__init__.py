"""A reading session without a screen: the article, its corrected analysis, annotations with undo, cursor and search.

No Textual here: the CLI and the screens share these modules, and tests drive them without an app.
"""
