# The two set-up commands the README starts with: `make demo` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_BUILD_TYPE ?= RelWithDebInfo
# In CI, warnings in project code fail the build.
WERROR := $(if $(CI),ON,OFF)

# Robustness: `make fuzz` and `make sanitize` use build directories of their own.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= parse lint fix render config template
SANITIZE_BUILD_DIR ?= build-sanitize

.PHONY: all deps build demo test clean fuzz sanitize bench

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(CMAKE_BUILD_TYPE) -DPOSTMORTEM_WERROR=$(WERROR) > $(BUILD_DIR).configure.log 2>&1 || { cat $(BUILD_DIR).configure.log; exit 1; }
	@cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@scripts/demo $(BUILD_DIR)/postmortem

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets built by clang with ASan and UBSan, each run for FUZZ_SECONDS (scripts/fuzz).
fuzz:
	@scripts/install-deps fuzz
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" -DPOSTMORTEM_FUZZ=ON \
	  > $(FUZZ_BUILD_DIR).configure.log 2>&1 || { cat $(FUZZ_BUILD_DIR).configure.log; exit 1; }
	@cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS) --target fuzz_targets
	@scripts/fuzz $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The whole test suite built with ASan and UBSan; any sanitizer report fails (scripts/test-sanitized).
# Warnings are errors in `make test`'s build; here GCC's instrumented flow analysis reports false
# "maybe uninitialized" inside libstdc++'s <regex>, so they stay warnings.
sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD_DIR) -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" \
	  -DPOSTMORTEM_SANITIZE=ON -DPOSTMORTEM_WERROR=OFF \
	  > $(SANITIZE_BUILD_DIR).configure.log 2>&1 || { cat $(SANITIZE_BUILD_DIR).configure.log; exit 1; }
	@cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS)
	@scripts/test-sanitized $(SANITIZE_BUILD_DIR) $(JOBS)

# Pathological Markdown timed against cmark-gfm alone (bench/README.md has the numbers).
bench: build
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target pathological_bench
	@$(BUILD_DIR)/bench/pathological_bench --binary $(BUILD_DIR)/postmortem

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR).configure.log $(FUZZ_BUILD_DIR) $(FUZZ_BUILD_DIR).configure.log \
	  $(SANITIZE_BUILD_DIR) $(SANITIZE_BUILD_DIR).configure.log
