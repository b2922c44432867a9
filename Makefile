# Shortcuts; each target is one documented command.
.PHONY: bundle

bundle:  ## build dist/jalon/ and run its self-test (see packaging/README.md)
	python3 packaging/build.py
