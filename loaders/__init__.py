"""Article text to facts (the JSON facts format of ../shared/spec/facts-format.md)."""
