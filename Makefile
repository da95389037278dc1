# PGXS build of the pg_polar extension: the C++ core and the PostgreSQL layer in one module.
EXTENSION = pg_polar
MODULE_big = pg_polar
DATA = $(wildcard extension/pg_polar--*.sql)

CORE_SRCS = $(sort $(wildcard src/core/*/*.cpp))
PG_SRCS = $(sort $(wildcard src/pg/*.cpp))
OBJS = $(CORE_SRCS:.cpp=.o) $(PG_SRCS:.cpp=.o)

REGRESS_OPTS = --inputdir=. --outputdir=build/regress
REGRESS = $(basename $(notdir $(sort $(wildcard sql/*.sql))))

# nlohmann_json (nlohmann-json3-dev) is header-only and installs into /usr/include: no flags.
PG_CPPFLAGS = -Isrc/core -Isrc/pg
PG_CXXFLAGS = -std=c++17 -Wno-register -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = -lstdc++

# No LLVM bitcode for the JIT: the module is C++ with exceptions. Must precede the include.
override with_llvm = no

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The core never includes postgres.h; keep PostgreSQL's include paths out of it.
src/core/%.o: src/core/%.cpp
	$(CXX) $(CXXFLAGS) $(CFLAGS_SL) -Isrc/core -c -o $@ $<

# Header dependencies (regenerated on every build).
DEPFLAGS = -MMD -MP
override CXXFLAGS += $(DEPFLAGS)
-include $(OBJS:.o=.d)
EXTRA_CLEAN = $(OBJS:.o=.d) build

# pg-polar, the command-line client (src/cli), is built by CMake (with the core, so `validate`
# works offline; build dir shared with the unit suite) and installed next to the extension.
CLI_BUILD_DIR = build/cmake
all: pg-polar-cli
pg-polar-cli:
	cmake -S . -B $(CLI_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	+$(MAKE) -C $(CLI_BUILD_DIR) --no-print-directory pg-polar
install: install-pg-polar-cli
install-pg-polar-cli: pg-polar-cli
	$(MKDIR_P) '$(DESTDIR)$(bindir)'
	$(INSTALL_PROGRAM) $(CLI_BUILD_DIR)/pg-polar '$(DESTDIR)$(bindir)/pg-polar'
.PHONY: pg-polar-cli install-pg-polar-cli
