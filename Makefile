# The two commands (see README.md):
#   make serve   install what is missing, build the release bundle, serve it at http://127.0.0.1:8080
#   make test    install what is missing (Chromium included) and run every test
SHELL := /bin/bash
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test build fuzz bench

serve: build
	node scripts/serve.mjs dist 8080

build:
	scripts/setup.sh app
	scripts/build.sh

test:
	scripts/setup.sh app browser
	scripts/test.sh

# Longer fuzzing than `make test` does (2,000 executions per target): FUZZ_CASES per target.
FUZZ_CASES ?= 100000
fuzz:
	FUZZ_CASES=$(FUZZ_CASES) cargo test --release --locked --test fuzz -- --nocapture

# Every benchmark (engine, bundle size and its largest items, browser timings on loopback and on
# an emulated phone, import); writes bench/REPORT.md.
bench:
	scripts/setup.sh app browser bench
	scripts/bench.sh
