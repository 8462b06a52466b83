"""Qt item models over core queries (lazy: fetchMore); the words they show are in `gui/texts`."""
