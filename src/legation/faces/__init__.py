"""The faces of Legation: the command line, the HTTP API and its web page. Each only calls the library."""
