# Universal-PETRARCH's version of the PETRARCH suite (updated codes; its
# file is not valid XML, which this reader does not need).
# AGENT-13 and AGENT-14 pass since substitution sets (!PERSON!) in actor
# files expand in TABARI mode too (one .actors reader, issue 14).
% requires ../shared/peers/universal-petrarch/validate/PETR_Validate_records_2_02.xml
$ entente validate --quiet ../shared/peers/universal-petrarch/validate/PETR_Validate_records_2_02.xml 2>/dev/null
? 0
--- stdout
records 245, exact 173 (70.6 %), expected events found 218 of 305, extra 80
--- stderr
