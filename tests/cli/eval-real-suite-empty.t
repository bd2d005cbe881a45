# tests/suites/real.sh passes while no test split exists yet.
$ REAL_DIR=$T tests/suites/real.sh
? 0
--- stdout
real: no test split yet
--- stderr
