"""Pure language work: articles in, facts out. No UI, no database."""
