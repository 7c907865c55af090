"""Texts as Legation reads them: documents with sections and sentences, from files a user names."""
