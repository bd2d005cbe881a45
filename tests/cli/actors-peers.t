% requires ../shared/peers
$ echo '{"date":"2009-06-01","lang":"en","text":"Afghan President Hamid Karzai met Pakistani troops in Kabul. The Taliban attacked NATO."}' | entente actors --no-builtin --actors ../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors --agents ../shared/peers/tabari/cameo-tabari/PSU.120522.agents 2>/dev/null | jq -c '[.text, .code, .kind, .entry]'
? 0
--- stdout
["Afghan President Hamid Karzai","AFGGOV","actor","../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors:74"]
["Pakistani","PAK","actor","../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors:35135"]
["Kabul","AFG","location","../shared/peers/tabari/cameo-tabari/CountryInfo.120116.actors:21"]
--- stderr
