# Wattsworth: `make serve` to use it, `make test` to check it. Both install what they need.
SHELL := bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test setup setup-test build native-test soak fuzz browser-test bench bench-browser refresh-data clean

serve: setup
	trunk serve --offline --release

test: setup-test
	$(MAKE) native-test soak fuzz build browser-test

setup:
	bash scripts/setup.sh

setup-test:
	bash scripts/setup.sh --test

native-test:
	cargo test --workspace
	cargo build -p economics --target wasm32-unknown-unknown --release
	@! cargo tree -p economics -e normal --target wasm32-unknown-unknown | grep -E 'wasm-bindgen|web-sys|js-sys|leptos' \
		|| { echo "economics must not depend on web crates"; exit 1; }
	@! cargo tree -p view -p wattsworth-api -e normal --target wasm32-unknown-unknown | grep -E 'leptos' \
		|| { echo "view and the API must not depend on leptos"; exit 1; }

# 100,000 scenarios drawn uniformly from the valid inputs, in release (about 20 s).
soak:
	cargo test --release -p economics --test soak -- --nocapture

# N random URL queries (default 1,000,000) and N/10 or N/100 cases of each other family (about two
# minutes): decode, compute, exact round trip, every part taken as written or named.
N ?= 1000000
fuzz:
	FUZZ_N=$(N) cargo test --release -p view --test fuzz -- --nocapture

build:
	trunk build --release --offline

# The browser tests, the data test among them (tests/e2e/data.test.mjs: pandas and frictionless
# from .venv, which setup-test makes).
browser-test:
	node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/

bench: setup
	cargo bench -p economics --bench model
	$(MAKE) build
	node tests/bench/redraw.mjs
	bash ../shared/floor-page/build.sh target/floor-dist
	node tests/bench/floor.mjs

# Today's difficulty, fees, tip and BTC price from mempool.space and Coinbase (keyless) into
# crates/economics/data/market.tsv, with a CHANGELOG line; changes nothing if a source fails.
refresh-data: setup
	cargo run -q -p market --bin refresh-data

clean:
	rm -rf dist target
