$ for o in "--port 70000" "--port -1" "--port 80x" "--threads 0" "--coders 65" "--max-body 0" "--bogus" "--port" "extra"; do entente serve --db examples/README.md $o; echo "status $?"; done
? 0
--- stdout
status 2
status 2
status 2
status 2
status 2
status 2
status 2
status 2
status 2
--- stderr
entente: serve: --port takes 0 to 65535
entente: serve: --port takes 0 to 65535
entente: serve: --port takes 0 to 65535
entente: serve: --threads takes 1 to 256
entente: serve: --coders takes 1 to 64
entente: serve: --max-body takes 1 to 1073741824 bytes
entente: serve: unknown option '--bogus' (see entente serve --help)
entente: serve: option '--port' needs a value (see entente serve --help)
entente: serve: unexpected argument 'extra' (see entente serve --help)
