# Sourced by ./murmur and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME.
# Looks at JAVA_HOME first, then /usr/lib/jvm/*, then the java on the PATH.
murmur_find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for dir in /usr/lib/jvm/*; do [ -d "$dir" ] && candidates+=("$dir"); done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local home version
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(murmur_find_java); then
  echo "Murmur needs a JDK 21 or newer: set JAVA_HOME to one" >&2
  exit 1
fi
export JAVA_HOME
