# Universal-PETRARCH's version of the PETRARCH suite (updated codes; its
# file is not valid XML, which this reader does not need).
% requires ../shared/peers/universal-petrarch/validate/PETR_Validate_records_2_02.xml
$ entente validate --quiet ../shared/peers/universal-petrarch/validate/PETR_Validate_records_2_02.xml 2>/dev/null
? 0
--- stdout
records 245, exact 171 (69.8 %), expected events found 216 of 305, extra 82
--- stderr
