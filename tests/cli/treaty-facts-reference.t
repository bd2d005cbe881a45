# the facts of the reference article without storing them
% requires ../shared/corpus/hu/2025-09-03-rus-prk.txt
$ entente treaties --facts ../shared/corpus/hu/2025-09-03-rus-prk.txt
? 0
--- stdout
treaty PRK+RUS "comprehensive strategic partnership"
status PRK+RUS reaffirmed 2025-09-03 reported=Interfax
status PRK+RUS signed --06
obligation PRK+RUS defence PRK>RUS if=external-aggression help=military,other
obligation PRK+RUS defence RUS>PRK if=external-aggression help=military,other
duration PRK+RUS indefinite art=23
article PRK+RUS 23 duration
framing PRK>RUS alliance
framing RUS>PRK partnership
--- stderr
