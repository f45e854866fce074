"""The knowledge base: its models and loading, contacts, entries, translations, and editing it."""
