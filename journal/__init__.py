"""The agency's "Migration" journal: issues, articles and their PDFs in az/en/ru, for readers and harvesters."""
