from legation.faces.cli import main

main()
