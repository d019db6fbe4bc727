# Sourced by ./mvnw before Maven starts (docs/adr/0110). Penholder builds with JDK 25. When
# JAVA_HOME is not set and the default java is older, Maven itself runs on a JDK 25 found where
# the build's toolchain is looked for: javafx:run and the format check read JavaFX's and our class
# files with Maven's own Java. Nothing changes when JAVA_HOME is set or no JDK 25 is found (the
# pom's enforcer rule then says what is missing). MVNW_VERBOSE=true tells which JDK was taken.

penholder_jdk=25

# The feature version of the JDK in $1 ("25" from JAVA_VERSION="25.0.1"), from its release file.
penholder_jdk_feature() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1
}

penholder_pick_jdk() {
  [ -z "${JAVA_HOME-}" ] || return 0
  default_java="$(command -v java 2>/dev/null || :)"
  if [ -n "$default_java" ]; then
    default_feature="$("$default_java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)"
    [ "${default_feature:-0}" -lt "$penholder_jdk" ] || return 0
  fi
  exact='' newer='' noglob=''
  case $- in *f*) noglob=1 ;; esac # mvnw runs with globbing off; a script sourcing this may not
  set +f
  for home in "${JAVA25_HOME-}" /usr/lib/jvm/* /usr/java/* /usr/jdk/* /opt/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.m2/jdks/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    feature="$(penholder_jdk_feature "$home")"
    [ -n "$feature" ] || continue
    if [ "$feature" -eq "$penholder_jdk" ]; then
      exact="${exact:-$home}"
    elif [ "$feature" -gt "$penholder_jdk" ]; then
      newer="${newer:-$home}"
    fi
  done
  [ -z "$noglob" ] || set -f
  if [ -n "${exact:-$newer}" ]; then
    JAVA_HOME="${exact:-$newer}"
    export JAVA_HOME
    verbose "Maven runs on $JAVA_HOME (the default java is ${default_feature:-missing}; Penholder builds with JDK $penholder_jdk)"
  fi
}

penholder_pick_jdk
