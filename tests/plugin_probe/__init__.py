"""A module written the way the README's "Adding a module" says, installed only by the test
settings: it proves that a new app plugs into translation, demo content, the page cache,
search, the meta-tests and the browser checks without an edit in core/, search/ or the
meta-tests."""
