# TABARI's own validation suite (472 records up to FINAL-01; option records
# and records whose only expectations are "-{...}" are not scored).
% requires ../shared/peers/tabari/validation/Validate.project
$ entente validate --quiet ../shared/peers/tabari/validation/Validate.project
? 0
--- stdout
records 444, exact 440 (99.1 %), expected events found 514 of 518, extra 8
--- stderr
