"""One module per rule (splinter's one-lint-per-file); see harden.catalogue."""
