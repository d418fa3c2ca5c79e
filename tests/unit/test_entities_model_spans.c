/*
** test_entities_model_spans.c -- the fixes entities() makes to the
** tagger's spans (ext/core/entities/model_spans.c), on spans written here
** rather than tagged, so each rule is checked whatever the model says:
** places joined by "of", loose punctuation trimmed, a generational suffix
** taken in, teams joined, events typed, titles, storms and "People's"
** names claimed; and what each must leave alone.
*/
#include "textkit.h"
#include "tk_test.h"

#include "../../ext/core/entities/entities_internal.h"

/* One case: the text, up to three spans given by their text (the first
** occurrence; "@text": the last) and type (P, O, L, M), and the spans
** after the fixes as "T:text|...", T the type's initial. */
typedef struct Case {
  const char *z;
  const char *azPart[3];
  char aType[3];
  const char *zWant;
} Case;

static const Case aCase[] = {
    /* a place of one word joined by " of " to the place after it */
    {"in the Gulf of Finland today",
     {"Gulf", "Finland"},
     "LL",
     "L:Gulf of Finland"},
    {"around the Cape of Good Hope.",
     {"Cape", "Good Hope"},
     "LL",
     "L:Cape of Good Hope"},
    /* left apart: other types, a first part of two words, other spacing,
    ** a third place after a joined pair */
    {"Benfica of Portugal",
     {"Benfica", "Portugal"},
     "OL",
     "O:Benfica|L:Portugal"},
    {"Pudong New Area of Shanghai",
     {"Pudong New Area", "Shanghai"},
     "LL",
     "L:Pudong New Area|L:Shanghai"},
    {"Gulf  of Mexico", {"Gulf", "Mexico"}, "LL", "L:Gulf|L:Mexico"},
    {"Isle of Man of Europe",
     {"Isle", "Man", "Europe"},
     "LLL",
     "L:Isle of Man|L:Europe"},
    /* two persons' names one space apart are one name; not two spaces or
    ** a comma apart, nor in a Title Case headline */
    {"Lucius Cornelius Sulla marched.",
     {"Lucius Cornelius", "Sulla"},
     "PP",
     "P:Lucius Cornelius Sulla"},
    {"Agassi  Graf, Sampras",
     {"Agassi", "Graf", "Sampras"},
     "PPP",
     "P:Agassi|P:Graf|P:Sampras"},
    {"Takaichi Becomes Japan Leader",
     {"Takaichi", "Becomes Japan"},
     "PP",
     "P:Takaichi|L:Japan"},
    /* a name that ends with a place's head is a place; not one word, not
    ** with " of " or " for " inside, not the heads of clubs' names */
    {"at the Allianz Arena", {"Allianz Arena"}, "O", "L:Allianz Arena"},
    {"near the Alau dam", {"Alau dam"}, "P", "L:Alau dam"},
    {"Arena said", {"Arena"}, "O", "O:Arena"},
    {"Association for Relations Across the Taiwan Straits",
     {"Association for Relations Across the Taiwan Straits"},
     "O",
     "O:Association for Relations Across the Taiwan Straits"},
    {"Crystal Palace beat Notts County",
     {"Crystal Palace", "Notts County"},
     "OO",
     "O:Crystal Palace|O:Notts County"},
    {"the Stadiumx Foo", {"the Stadiumx"}, "O", "O:the Stadiumx"},
    /* an Arabic article name after a place or an organization; not after
    ** two spaces, nor in lower case, nor into the next span */
    {"in Sharm el-Sheikh, Egypt",
     {"Sharm", "Egypt"},
     "LL",
     "L:Sharm el-Sheikh|L:Egypt"},
    {"Jebel al-Akhdar.", {"Jebel"}, "L", "L:Jebel al-Akhdar"},
    {"Sharm  el-Sheikh", {"Sharm"}, "L", "L:Sharm"},
    {"Sharm el-sheikh", {"Sharm"}, "L", "L:Sharm"},
    {"Sharm el-Sheikh", {"Sharm", "el-Sheikh"}, "LO", "L:Sharm|O:el-Sheikh"},
    {"Sharm el-", {"Sharm"}, "L", "L:Sharm"},
    /* a Title Case headline takes the names (and the surnames, and the
    ** plurals of teams named by their place) the model found below it,
    ** over its own spans there; longest first; a longer name of the same
    ** type stays, unless the rest of it is ordinary capitalized words the
    ** text writes nowhere else; a possessive is left out */
    {"Kane Scores Twice\nHarry Kane scored.",
     {"Kane Scores", "Harry Kane"},
     "OP",
     "P:Kane|P:Harry Kane"},
    {"\n\n  Bayern Munich Clinch Title\nBayern Munich won, Bayern said.",
     {"@Bayern Munich", "@Bayern"},
     "OO",
     "O:Bayern Munich|O:Bayern Munich|O:Bayern"},
    {"Mavericks Trade Star in Deal\nThe Dallas Mavericks sent him.",
     {"Dallas Mavericks"},
     "O",
     "O:Mavericks|O:Dallas Mavericks"},
    {"Controls Tightened Again\nJohnson Controls said.",
     {"Johnson Controls"},
     "O",
     "O:Johnson Controls"},
    {"Mark Waugh Stars Again\nSteve Waugh watched.",
     {"Mark Waugh", "Steve Waugh"},
     "PP",
     "P:Mark Waugh|P:Steve Waugh"},
    {"Sandu's Party Keeps Majority\nMaia Sandu won.",
     {"Maia Sandu"},
     "P",
     "P:Sandu|P:Maia Sandu"},
    {"Apple Sells More iPhone Models\nApple Inc said.",
     {"@Apple"},
     "O",
     "O:Apple|O:Apple Inc"},
    {"Alexander II of Epirus\nEpirus is a region.",
     {"Alexander II of Epirus", "@Epirus"},
     "PL",
     "P:Alexander II of Epirus|L:Epirus"},
    {"Anadyr River Floods\nThe Anadyr flows.",
     {"Anadyr River", "@Anadyr"},
     "OL",
     "L:Anadyr River|L:Anadyr"},
    {"Yoon Removed From Office\nPresident Yoon Suk Yeol fell. Yoon left.",
     {"Yoon Removed From Office", "Yoon Suk Yeol", "@Yoon"},
     "PPP",
     "P:Yoon|P:Yoon Suk Yeol|P:Yoon"},
    {"Jones Medical Completes Deal\nJones Medical Industries said. Jones "
     "rose.",
     {"Jones Medical", "Jones Medical Industries", "@Jones"},
     "OOO",
     "O:Jones Medical|O:Jones Medical Industries|O:Jones"},
    {"Republic of Ireland Votes\nIreland voted.",
     {"Republic of Ireland", "@Ireland"},
     "LL",
     "L:Republic of Ireland|L:Ireland"},
    /* no headline: a long word in lower case, upper case, one line, the
    ** second line; a surname of four names */
    {"Kane scores twice\nHarry Kane scored.",
     {"Kane scores", "Harry Kane"},
     "OP",
     "O:Kane scores|P:Harry Kane"},
    {"KANE SCORES TWICE\nHarry Kane scored.",
     {"KANE SCORES", "Harry Kane"},
     "OP",
     "O:KANE SCORES|P:Harry Kane"},
    {"Kane Scores Twice", {"Kane Scores"}, "O", "O:Kane Scores"},
    {"Markets fell today\nKane Scores Twice\nHarry Kane",
     {"Kane Scores", "Harry Kane"},
     "OP",
     "O:Kane Scores|P:Harry Kane"},
    {"Telescope Finds Water\nJames Webb Space Telescope",
     {"James Webb Space Telescope"},
     "P",
     "P:James Webb Space Telescope"},
    /* a country and a present-tense verb with a word after them, in a
    ** Title Case line: the country, LOC; a city's team and a company
    ** before a comma stay */
    {"US Offers More Security to Russia",
     {"US Offers", "Russia"},
     "OL",
     "L:US|L:Russia"},
    {"Takaichi Becomes Japan's First Female Prime Minister",
     {"Takaichi", "Becomes Japan"},
     "PP",
     "P:Takaichi|L:Japan"},
    {"Texas Rangers Beat Houston Astros",
     {"Texas Rangers", "Houston Astros"},
     "OO",
     "O:Texas Rangers|O:Houston Astros"},
    {"Blue Chips Like Bangladesh Lamps, Atlas Bangladesh",
     {"Bangladesh Lamps", "Atlas Bangladesh"},
     "OO",
     "O:Bangladesh Lamps|O:Atlas Bangladesh"},
    /* an organization's head makes an ORG; "Bank", "Games" and "Gang"
    ** do not */
    {"Delta Air Lines and Meta Platforms rose",
     {"Delta Air Lines", "Meta Platforms"},
     "LL",
     "O:Delta Air Lines|O:Meta Platforms"},
    {"the Sinaloa Cartel and Chen Gang",
     {"Sinaloa Cartel", "Chen Gang"},
     "PP",
     "O:Sinaloa Cartel|P:Chen Gang"},
    {"in the West Bank at the Asian Games",
     {"West Bank", "Asian Games"},
     "LM",
     "L:West Bank|M:Asian Games"},
    {"Wayne Enterprises of Gotham",
     {"Wayne Enterprises"},
     "P",
     "O:Wayne Enterprises"},
    /* a match score that ends a name is trimmed; a number that is part
    ** of a name stays */
    {"beat Borussia Dortmund 2-0 and El Salvador 3-1",
     {"Borussia Dortmund 2-0", "El Salvador 3-1"},
     "OL",
     "O:Borussia Dortmund|L:El Salvador"},
    {"P. DeFreitas 4-70 and the F-16 and COVID-19 and Morinville 10-23",
     {"P. DeFreitas 4-70", "COVID-19", "Morinville 10-23"},
     "POM",
     "P:P. DeFreitas|O:COVID-19|M:Morinville 10-23"},
    /* a compound of two ordinary words in a Title Case line is no name;
    ** a brand, a name's part or a line in ordinary case keeps it */
    {"Steel Deal Sealed After Year-Long Fight", {"Year-Long"}, "P", ""},
    {"Coca-Cola Buys Rolls-Royce Unit",
     {"Coca-Cola", "Rolls-Royce"},
     "OO",
     "O:Coca-Cola|O:Rolls-Royce"},
    {"a Year-Long fight", {"Year-Long"}, "P", "P:Year-Long"},
    /* a revolution, an agreement and a grand prix are MISC */
    {"the Orange Revolution and the Paris Agreement",
     {"Orange Revolution", "Paris Agreement"},
     "LO",
     "M:Orange Revolution|M:Paris Agreement"},
    /* loose punctuation trimmed, balanced kept */
    {"Chairman Mao\" said", {"Mao\""}, "P", "P:Mao"},
    /* a whole common-noun abbreviation is no entity; a name holding one
    ** stays */
    {"DNA and GDP rose", {"DNA", "GDP"}, "OO", ""},
    {"arsenal bottle it again, arteta out", {"arteta out"}, "P", "P:arteta"},
    {"read USA Today at Twyford Down",
     {"USA Today", "Twyford Down"},
     "OL",
     "O:USA Today|L:Twyford Down"},
    {"heathrow lmao and SMH at Omg", {"lmao", "SMH", "Omg"}, "POO", ""},
    {"Wang left Scale AI for AI work",
     {"Wang", "Scale AI", "@AI"},
     "POO",
     "P:Wang|O:Scale AI"},
    /* "the Sun" is the star (LOC) in a text about astronomy only */
    {"Mars orbits the Sun", {"Mars", "Sun"}, "LO", "L:Mars|L:Sun"},
    {"Murdoch said the Sun would", {"Murdoch", "Sun"}, "PO", "P:Murdoch|O:Sun"},
    {"the solar wind left Sun Microsystems",
     {"Sun Microsystems"},
     "O",
     "O:Sun Microsystems"},
    /* LOC "Amazon" is the company unless written as the place */
    {"Jassy told Amazon staff", {"Jassy", "Amazon"}, "PL", "P:Jassy|O:Amazon"},
    {"a summit on the Amazon", {"Amazon"}, "L", "L:Amazon"},
    {"the Brazilian Amazon burned", {"Amazon"}, "L", "L:Amazon"},
    {"Brazil’s Amazon and Amazon rainforest",
     {"Amazon", "@Amazon"},
     "LL",
     "L:Amazon|L:Amazon"},
    {"the retailer Amazon said", {"Amazon"}, "L", "O:Amazon"},
    /* a religion or a creed is MISC; "Islam" as a name stays */
    {"Christianity and Buddhism spread",
     {"Christianity", "Buddhism"},
     "LP",
     "M:Christianity|M:Buddhism"},
    {"Islam in Mali", {"Islam", "Mali"}, "LL", "M:Islam|L:Mali"},
    {"Yusuf Islam sang; Islam said; Prism",
     {"Yusuf Islam", "@Islam", "Prism"},
     "PPO",
     "P:Yusuf Islam|P:Islam|O:Prism"},
    /* a span without a Latin letter is a gloss or a symbol: dropped */
    {"Greek: Αισθητική, and Ω in Łódź",
     {"Greek", "Αισθητική", "Ω"},
     "MPO",
     "M:Greek"},
    {"Đỗ Mười met Ẓāhir", {"Đỗ Mười", "Ẓāhir"}, "PP", "P:Đỗ Mười|P:Ẓāhir"},
    /* a span without a capital is dropped where its line has capitals,
    ** kept in a line without them; a capital of any script counts */
    {"He acts with the sun ... and", {"sun ..."}, "P", ""},
    {"Section 3.d says", {"d"}, "P", ""},
    {"i love new york", {"new york"}, "L", "L:new york"},
    {"Swift met\nme in paris", {"Swift", "paris"}, "PL", "P:Swift|L:paris"},
    {"Łódź and łódź", {"Łódź", "łódź"}, "LL", "L:Łódź"},
    /* typographic closers pair with their openers; a dash is loose */
    {"in Achilles’ temple", {"Achilles’"}, "O", "O:Achilles"},
    {"foreign Alliances” and", {"Alliances”"}, "O", "O:Alliances"},
    {"the “Sun” said", {"“Sun”"}, "O", "O:“Sun”"},
    {"at Tangipahoa—just", {"Tangipahoa—"}, "L", "L:Tangipahoa"},
    {"at Ligne – then", {"Ligne –"}, "L", "L:Ligne"},
    {"Sporting (Lisbon) won",
     {"Sporting (Lisbon)"},
     "O",
     "O:Sporting (Lisbon)"},
    /* a generational suffix after spaces; never into the next span */
    {"Robert F. Kennedy Jr. spoke",
     {"Robert F. Kennedy"},
     "P",
     "P:Robert F. Kennedy Jr."},
    {"John Paul II", {"John Paul", "II"}, "PO", "P:John Paul|O:II"},
    /* a dateline's place and agency, claimed over the model's reading,
    ** or in the gaps it left; a span crossing a claim's edge stays */
    {"ACCRA, Dec. 8 (AFP) - Former president John Mahama won.",
     {"John Mahama"},
     "P",
     "L:ACCRA|O:AFP|P:John Mahama"},
    {"SHARM EL-SHEIKH, Nov. 7 (Reuters) - Delegates came.",
     {"SHARM"},
     "P",
     "L:SHARM EL-SHEIKH|O:Reuters"},
    {"TOKYO, Oct. 21 (Kyodo) \xe2\x80\x94 Sanae Takaichi won.",
     {"Kyodo"},
     "L",
     "L:TOKYO|O:Kyodo"},
    {"x\n  ST. LOUIS (AP) -- Rain.\nNEW YORK (Reuters) - Snow.",
     {0},
     "",
     "L:ST. LOUIS|O:AP|L:NEW YORK|O:Reuters"},
    {"WASHINGTON, Jan 20 (Reuters) - Trump",
     {"WASHINGTON, Jan"},
     "O",
     "O:WASHINGTON, Jan|O:Reuters"},
    /* not datelines: no dash, no brackets, not capitals, a lower-case
    ** agency, text inside the dash */
    {"LONDON, Jan 20 (Reuters) Rain.", {0}, "", ""},
    {"LONDON - Rain (Reuters) - x", {0}, "", ""},
    {"London, Jan 20 (Reuters) - Rain.", {0}, "", ""},
    {"A (Reuters) - Rain.", {0}, "", ""},
    {"LONDON (via Reuters) - Rain.", {0}, "", ""},
    {"LONDON (Reuters) -Rain.", {0}, "", ""},
    {"LONDON (Reuters", {0}, "", ""},
    {"LONDON (", {0}, "", ""},
    {"", {0}, "", ""},
    /* a LOC and the team's plural after it are one ORG: with the plural
    ** left out or tagged ORG alone; not a place's plural (a LOC then, by
    ** place_parts.c) or an event's, "Census", a plural before another
    ** capital, nor in a headline */
    {"the Dallas Mavericks played", {"Dallas"}, "L", "O:Dallas Mavericks"},
    {"beating the Indiana Pacers.",
     {"Indiana", "Pacers"},
     "LO",
     "O:Indiana Pacers"},
    {"played in the Cayman Islands", {"Cayman"}, "L", "L:Cayman Islands"},
    {"played the Atlanta Olympics", {"Atlanta"}, "L", "L:Atlanta"},
    {"counted in the 2010 United States Census",
     {"United States"},
     "L",
     "L:United States"},
    {"played at the Cleveland Cavaliers Arena",
     {"Cleveland"},
     "L",
     "L:Cleveland"},
    {"the Dallas Mavericks' coach played", {"Dallas"}, "L", "L:Dallas"},
    {"Dallas Aces played", {"Dallas"}, "L", "O:Dallas Aces"},
    {"Dallas Bus", {"Dallas"}, "L", "L:Dallas"},
    {"Tokyo Stocks Slide Again\nShares fell.", {"Tokyo"}, "L", "L:Tokyo"},
    {"played Dallas Mavericks",
     {"Dallas", "Mavericks"},
     "LP",
     "L:Dallas|P:Mavericks"},
    /* a MISC or LOC that is a listed place and a team's plural is an ORG;
    ** not after an ordinary word ("South"), a saint's title ("San"), a
    ** plural in "as", a listed place as a whole, nor a quoted title */
    {"as the Denver Nuggets beat them",
     {"Denver Nuggets"},
     "M",
     "O:Denver Nuggets"},
    {"made by Texas Instruments and HP",
     {"Texas Instruments"},
     "L",
     "O:Texas Instruments"},
    {"many South Africans voted", {"South Africans"}, "M", "M:South Africans"},
    {"baptized by San Vitores in Guam", {"San Vitores"}, "L", "L:San Vitores"},
    {"studied St. Thomas Aquinas here",
     {"St. Thomas Aquinas"},
     "L",
     "L:St. Thomas Aquinas"},
    {"the film \"Denver Nuggets\" won",
     {"Denver Nuggets"},
     "M",
     "M:Denver Nuggets"},
    /* the plural of such a team alone is an ORG: after "the", before a
    ** word of its people, or no ordinary word; not inside a longer run
    ** of capitals, nor an ordinary word alone ("Films like") */
    {"The Denver Nuggets won. Fans of the Nuggets cheered.",
     {"Denver Nuggets"},
     "O",
     "O:Denver Nuggets|O:Nuggets"},
    {"The Dallas Mavericks won.\nMavericks general manager Nico Harrison "
     "spoke.",
     {"Dallas Mavericks", "Nico Harrison"},
     "OP",
     "O:Dallas Mavericks|O:Mavericks|P:Nico Harrison"},
    {"The Los Angeles Lakers won. Lakers fans cheered.",
     {"Los Angeles Lakers"},
     "O",
     "O:Los Angeles Lakers|O:Lakers"},
    {"The Denver Nuggets won. Golden Nuggets fell.",
     {"Denver Nuggets"},
     "O",
     "O:Denver Nuggets"},
    {"The Denver Nuggets won. Nuggets of gold fell.",
     {"Denver Nuggets"},
     "O",
     "O:Denver Nuggets"},
    {"The Nuggets won again. They are the Denver Nuggets.",
     {"Denver Nuggets"},
     "L",
     "O:Nuggets|O:Denver Nuggets"},
    /* beside such a team in its sentence, a place and a word that is no
    ** plural is a team too, and that word alone; not in another sentence,
    ** nor a place's head */
    {"the Denver Nuggets beat the Oklahoma City Thunder 118-110. Fans of "
     "the Thunder left.",
     {"Denver Nuggets", "Oklahoma City Thunder"},
     "OL",
     "O:Denver Nuggets|O:Oklahoma City Thunder|O:Thunder"},
    {"The Denver Nuggets won. He sailed the Bristol Channel.",
     {"Denver Nuggets", "Bristol Channel"},
     "OL",
     "O:Denver Nuggets|L:Bristol Channel"},
    {"The Denver Nuggets won at the Denver Stadium.",
     {"Denver Nuggets", "Denver Stadium"},
     "OL",
     "O:Denver Nuggets|L:Denver Stadium"},
    /* a name opening with an organization's kind in another language is
    ** ORG, but a place's or an event's by its head, or one word */
    {"Carlos Slim's Grupo Carso won", {"Grupo Carso"}, "L", "O:Grupo Carso"},
    {"at the Universidad de Chile today",
     {"Universidad de Chile"},
     "P",
     "O:Universidad de Chile"},
    {"the Banco Stadium hosted", {"Banco Stadium"}, "O", "L:Banco Stadium"},
    {"in Grupo today", {"Grupo"}, "L", "L:Grupo"},
    /* a name ending with a company's legal suffix is ORG, " of " or not;
    ** not one word, not the suffix in lower case */
    {"the film by Warner Bros", {"Warner Bros"}, "P", "O:Warner Bros"},
    {"shares of Bank of Tokyo Ltd rose",
     {"Bank of Tokyo Ltd"},
     "L",
     "O:Bank of Tokyo Ltd"},
    {"the Inc", {"Inc"}, "P", "P:Inc"},
    {"met Tom Sa there", {"Tom Sa"}, "P", "P:Tom Sa"},
    /* a listed nationality of one word before a lower-case word is MISC;
    ** not before anything else, not a place's name, not two words */
    {"Azerbaijani art has flourished", {"Azerbaijani"}, "P", "M:Azerbaijani"},
    {"a Bahraini village burned", {"Bahraini"}, "L", "M:Bahraini"},
    {"the Emirati fund said", {"Emirati"}, "O", "O:Emirati"}, /* unlisted */
    {"troops in Kosovo.", {"Kosovo"}, "L", "L:Kosovo"},
    {"the Azerbaijani President said", {"Azerbaijani"}, "P", "P:Azerbaijani"},
    {"flew to Paris today", {"Paris"}, "O", "O:Paris"},
    /* a name ending with an event's head is MISC, but with " of " */
    {"at the Brit Awards.", {"Brit Awards"}, "L", "M:Brit Awards"},
    {"the Eurovision Song Contest",
     {"Eurovision Song Contest"},
     "O",
     "M:Eurovision Song Contest"},
    {"Organisation of the Islamic Conference War",
     {"Organisation of the Islamic Conference War"},
     "O",
     "O:Organisation of the Islamic Conference War"},
    {"the Cup", {"Cup"}, "O", "O:Cup"},
    /* a title in quotation marks where the model found nothing or part of
    ** it; a whole span keeps its type, a crossing span stays */
    {"Lamar's \"Not Like Us\" won.", {0}, "", "M:Not Like Us"},
    {"screening of \"Pushpa 2\" in Hyderabad",
     {"Pushpa", "Hyderabad"},
     "OL",
     "M:Pushpa 2|L:Hyderabad"},
    {"a \xe2\x80\x9cHeart Lamp\xe2\x80\x9d, translated",
     {0},
     "",
     "M:Heart Lamp"},
    {"Kapadia's \"All We Imagine as Light\" won",
     {0},
     "",
     "M:All We Imagine as Light"},
    {"the journal \"Building\" said", {"Building"}, "O", "O:Building"},
    {"Kapadia's \"All We\" Imagine That",
     {"\"All We\" Imagine"},
     "P",
     "P:\"All We\" Imagine"},
    /* a span crossing one mark is cut there first (span_cuts.c) */
    {"Kapadia's \"All We\" Imagine",
     {"We\" Imagine"},
     "P",
     "M:All We|P:Imagine"},
    /* not titles: speech, a lower-case word, a one-word reply or gloss, a
    ** shout, no closing mark, a mark inside a word, too long */
    {"\"Thank You.\" he said", {0}, "", ""},
    {"\"This is a dark day,\" she wrote", {0}, "", ""},
    {"\"Yes,\" he said", {0}, "", ""},
    {"Hiroshima (\"Hiroshima-shi\")", {0}, "", ""},
    {"\"NO WAY\" they said", {0}, "", ""},
    {"\"Not Like Us", {0}, "", ""},
    {"\"Not Like\"Us", {0}, "", ""},
    {"\"\"", {0}, "", ""},
    {"\"", {0}, "", ""},
    {"\"One Two Three Four Five Six Seven Eight Nine\"", {0}, "", ""},
    /* a storm's name after its kind; not inside a longer name, not a
    ** place's word, not before another capital */
    {"after Hurricane Katrina hit", {"Katrina"}, "P", "M:Katrina"},
    {"Typhoon Yagi flooded Hanoi", {"Hanoi"}, "L", "M:Yagi|L:Hanoi"},
    {"Tropical Storm Ernesto grew",
     {"Tropical Storm Ernesto"},
     "O",
     "M:Ernesto"},
    {"Storm Ciar\xc3\xa1n battered", {0}, "", "M:Ciar\xc3\xa1n"},
    {"the National Hurricane Center",
     {"National Hurricane Center"},
     "O",
     "O:National Hurricane Center"},
    {"by Storm Thorgerson of Hipgnosis",
     {"Storm Thorgerson"},
     "P",
     "P:Storm Thorgerson"},
    {"in Hurricane Township, Ohio", {0}, "", ""},
    {"Operation Desert Storm Ends", {0}, "", ""},
    {"Storm King Mountain", {0}, "", ""},
    {"Hurricane", {0}, "", ""},
    {"Hurricane X", {0}, "", ""},
    /* a surname the model left out after a title of office, and its other
    ** mentions alone; not a rank, a function word or a body's last word,
    ** not where a span is, not a listed country, not in a Title Case line,
    ** not a run of four words */
    {"President Macron was there.", {0}, "", "P:Macron"},
    {"The crowd cheered President Macron's plan.", {0}, "", "P:Macron"},
    {"Prime Minister Truss resigned. Truss said, and Truss's aides left.",
     {0},
     "",
     "P:Truss|P:Truss|P:Truss"},
    {"Governor Tiff Macklem said so.", {0}, "", "P:Tiff Macklem"},
    {"Judge Engoron fined him. Liz Truss and Engoron-style rules.",
     {0},
     "",
     "P:Engoron"},
    {"Secretary General Guterres spoke.", {0}, "", ""},
    {"Justice Minister Smith spoke.", {0}, "", "P:Smith"},
    {"named Ambassador Against Hunger by the WFP", {0}, "", ""},
    {"the Justice Department sued", {0}, "", ""},
    {"in England's Premier League in 2001", {0}, "", ""},
    {"Chancellor Merz met them", {"Chancellor Merz"}, "P", "P:Merz"},
    {"President Hoover met them, and Hoover Dam",
     {"Hoover Dam"},
     "L",
     "P:Hoover|L:Hoover Dam"},
    {"President France said", {0}, "", ""},
    {"Senator Young Wins Again In Ohio", {0}, "", ""},
    {"Judge Alpha Beta Gamma ruled", {0}, "", "P:Alpha Beta Gamma"},
    {"Judge Alpha Beta Gamma Delta ruled", {0}, "", ""},
    {"President LULA said", {0}, "", ""},
    {"President X said", {0}, "", ""},
    {"President", {0}, "", ""},
    {"President ", {0}, "", ""},
    /* a span is cut at the brackets it does not balance (the first piece
    ** kept when it holds a letter, a later one when it opens with a
    ** capital, none of one byte), takes in a short qualifier's closer, and
    ** is cut at an " and " that its first word follows */
    {"the group al-Gama'a al-Islamiya (Islamic Group) said",
     {"al-Gama'a al-Islamiya (Islamic Group"},
     "O",
     "O:al-Gama'a al-Islamiya|O:Islamic Group"},
    {"born in Alabama (\"Alibamu\") in 1900",
     {"Alabama (\"Alibamu"},
     "L",
     "L:Alabama|L:Alibamu"},
    {"his brother (Eddie) in 1846 left", {"Eddie) in 1846"}, "P", "P:Eddie"},
    {"Cretaceous (145 million years ago)",
     {"Cretaceous (145"},
     "O",
     "O:Cretaceous"},
    {"the (r) models", {"r) models"}, "P", ""},
    {"Buducnost (V) 2 Mladost (BJ) 1",
     {"Buducnost (V", "Mladost (BJ"},
     "OO",
     "O:Buducnost (V)|O:Mladost (BJ)"},
    {"Buducnost ( V ) 2", {"Buducnost ( V"}, "O", "O:Buducnost ( V )"},
    {"Sporting (Lisbon) won",
     {"Sporting (Lisbon)"},
     "O",
     "O:Sporting (Lisbon)"},
    {"the NAACP (founded 1909) said", {"NAACP (founded"}, "O", "O:NAACP"},
    {"won Best Picture \"Midnight Cowboy\" in 1970",
     {"Best Picture \"Midnight Cowboy"},
     "O",
     "O:Best Picture|O:Midnight Cowboy"},
    {"won Best Picture \xe2\x80\x9cMidnight Cowboy\xe2\x80\x9d in 1970",
     {"Best Picture \xe2\x80\x9cMidnight Cowboy"},
     "O",
     "O:Best Picture|O:Midnight Cowboy"},
    {"ruins on Cape Balastra (40\xc2\xb0"
     "56'1.02\"N 24\xc2\xb0"
     "58'21.81\"E); they",
     {"Cape Balastra (40\xc2\xb0"
      "56'1.02\"N 24\xc2\xb0"
      "58'21.81\"E)"},
     "L",
     "L:Cape Balastra (40\xc2\xb0"
     "56'1.02\"N 24\xc2\xb0"
     "58'21.81\"E)"},
    {"his son Henry \"Hank\" Aaron", {"Henry \"Hank"}, "P", "P:Henry \"Hank"},
    {"Sarah \"Sally\" Bush Johnston",
     {"Sally\" Bush Johnston"},
     "P",
     "P:Sally\" Bush Johnston"},
    {"Hector \"Macho\" Camacho won",
     {"Hector \"Macho"},
     "P",
     "P:Hector \"Macho"},
    {"shares of Kansai Electric Power and Kansai International Airport rose",
     {"Kansai Electric Power and Kansai International Airport"},
     "O",
     "O:Kansai Electric Power|O:Kansai International Airport"},
    {"a deal with Studio Pierrot and Studio Ghibli",
     {"Studio Pierrot and Studio Ghibli"},
     "O",
     "O:Studio Pierrot|O:Studio Ghibli"},
    {"shares of Procter and Gamble rose",
     {"Procter and Gamble"},
     "O",
     "O:Procter and Gamble"},
    {"the Bank of Trade and Bank Supervision Board",
     {"Bank of Trade and Bank Supervision Board"},
     "O",
     "O:Bank of Trade|O:Bank Supervision Board"},
    {"visited Oslo and Oslofjord",
     {"Oslo and Oslofjord"},
     "L",
     "L:Oslo and Oslofjord"},
    /* in a Title Case line, a listed first name and a surname the lists
    ** hold as no ordinary word or place are a PERSON where no span is; not
    ** an ordinary word, a place or a month for the first name */
    {"Bolivia Elects Rodrigo Paz In Run-Off Upset",
     {"Bolivia"},
     "L",
     "L:Bolivia|P:Rodrigo Paz"},
    {"Voters Back Rodrigo Paz, Markets Rally", {0}, "", "P:Rodrigo Paz"},
    {"Bolivia elects Rodrigo Paz in a run-off upset",
     {"Bolivia"},
     "L",
     "L:Bolivia"},
    {"Will Smith Slaps Presenter At Oscars Gala", {0}, "", ""},
    {"Futures For July June Delivery Rise Again", {0}, "", ""},
    {"Fans Cheer As Jordan Peterson Quits Platform", {0}, "", ""},
    /* a first name, a nickname in quotes and a surname are one PERSON
    ** over the model's spans; not across punctuation, without a listed
    ** first name, or in a Title Case line */
    {"He beat Hector \"Macho\" Camacho on points",
     {"Hector \"Macho", "Camacho"},
     "PO",
     "P:Hector \"Macho\" Camacho"},
    {"when Roberto \" Hands of Stone \" Duran quit",
     {"Roberto \" Hands", "Stone \" Duran"},
     "PO",
     "P:Roberto \" Hands of Stone \" Duran"},
    {"his son Frederick W. \xe2\x80\x9c"
     "Casey\xe2\x80\x9d Baldwin flew",
     {0},
     "",
     "P:Frederick W. \xe2\x80\x9c"
     "Casey\xe2\x80\x9d Baldwin"},
    /* with no listed first name, a model span through a quote says it is
    ** a name: it opens at the run's first word; no span through one, no
    ** name */
    {"played by the patriarch J. D. \"Jed\" Clampett; Irene Ryan",
     {"J. D. \"Jed", "Clampett", "Irene Ryan"},
     "OOP",
     "P:J. D. \"Jed\" Clampett|P:Irene Ryan"},
    {"Göran Bror \"Benny\" Andersson (born 1946)",
     {"Benny\" Andersson"},
     "P",
     "P:Göran Bror \"Benny\" Andersson"},
    {"the Zorvak Qentil \"Blue\" Brandel sold well",
     {"Zorvak Qentil", "Brandel"},
     "OO",
     "O:Zorvak Qentil|M:Blue|O:Brandel"},
    {"with Vivian Richards, Anderson \"Andy\" Roberts and others",
     {"Vivian Richards"},
     "P",
     "P:Vivian Richards|P:Anderson \"Andy\" Roberts"},
    {"as Conan Doyle. In \"An Autobiography\" Christie wrote",
     {0},
     "",
     "M:An Autobiography"},
    {"beat Hector \"Macho\" Camacho Hector \"Macho\" Camacho now",
     {0},
     "",
     "P:Hector \"Macho\" Camacho Hector|M:Macho"}, /* claims stay apart */
    {"Hector \"Macho\" Camacho Wins Title Fight",
     {"Hector \"Macho"},
     "P",
     "P:Hector \"Macho"},
    /* a run of capitalized words that a legal suffix ends is an ORG over
    ** the model's spans inside it, but where the model's ORG ends with the
    ** suffix, after a capitalized word and a comma, before a capitalized
    ** word (no period), across a lower-case word, and in a Title Case line
    ** unless punctuation opens a short run */
    {"said John Casesa of Schroder Wertheim & Co.",
     {"John Casesa"},
     "P",
     "P:John Casesa|O:Schroder Wertheim & Co."},
    {"an analyst at Edward D. Jones & Co said",
     {"Edward D. Jones"},
     "P",
     "O:Edward D. Jones & Co"},
    {"IPO FILING -- Homegate Hospitality Inc .",
     {0},
     "",
     "O:Homegate Hospitality Inc"},
    {"buyers include Minneapolis-based First Bank System Inc. and Norwest",
     {"Norwest"},
     "O",
     "O:First Bank System Inc.|O:Norwest"},
    {"buyers include First Chicago NBD Corp. in Illinois",
     {"Chicago", "Illinois"},
     "LL",
     "O:First Chicago NBD Corp.|L:Illinois"},
    {"underwriters were Bear Stearns & Co Inc this week",
     {0},
     "",
     "O:Bear Stearns & Co Inc"},
    {"profits at The Dow Chemical Co rose", {0}, "", "O:Dow Chemical Co"},
    {"in \"China Navigation Co v Attorney-General\"",
     {"China"},
     "L",
     "O:China Navigation Co"},
    {"Thailand 's Siam Commercial Bank Plc rose",
     {"Thailand", "Siam Commercial Bank Plc"},
     "LO",
     "L:Thailand|O:Siam Commercial Bank Plc"},
    {"Geely merged Zeekr and Lynk & Co into one group",
     {"Geely"},
     "O",
     "O:Geely|O:Zeekr|O:Lynk & Co"}, /* in a gap: first, read in lists */
    {"lead manager Goldman, Sachs & Co said", {0}, "", ""},
    {"the Bay Co Bldg Auth bonds", {0}, "", ""},
    {"Microsoft Buys Nuance Communications Inc", {0}, "", "P:Microsoft"},
    {"profits at Daimler-Benz AG and Acme-owned Widgets Ltd fell sharply",
     {0},
     "",
     "O:Widgets Ltd"},
    {"Both WorldCom Inc and MCI rose",
     {"WorldCom Inc", "MCI"},
     "OO",
     "O:WorldCom Inc|O:MCI"},
    {"Inc", {0}, "", ""},
    {"at & Co", {0}, "", ""},
    /* a name on "People's" is one ORG, through " of " and a run after
    ** it; not a republic */
    {"before the Republican People's Party named him",
     {"Republican", "People"},
     "MO",
     "O:Republican People's Party"},
    {"the People's Daily said", {0}, "", "O:People's Daily"},
    {"the People\xe2\x80\x99s Democratic Party of Afghanistan ruled",
     {0},
     "",
     "O:People\xe2\x80\x99s Democratic Party of Afghanistan"},
    {"the People's Republic of China", {"China"}, "L", "L:China"},
    {"the People's choice", {0}, "", ""},
    {"People's", {0}, "", ""},
    /* a team or a storm in a Title Case line is left alone */
    {"Ordered U.S. Troops to the Gulf", {"U.S."}, "L", "L:U.S."},
    {"Hong Kong Jails 88-year-old Drug Trafficker",
     {"Hong Kong"},
     "L",
     "L:Hong Kong"},
    {"Parnevik Continued to Storm Through the Course", {0}, "", ""},
    /* an ORG or PERSON after a locative preposition that the place lists
    ** hold is a LOC; not an unlisted name, a possessive, another
    ** preposition, or a word that only ends in "in" */
    {"a port was struck in Dnipro overnight", {"Dnipro"}, "O", "L:Dnipro"},
    {"workers in cities near Bengaluru", {"Bengaluru"}, "P", "L:Bengaluru"},
    {"an airfield was struck in Engels", {"Engels"}, "P", "P:Engels"},
    {"officials in Paris's city hall", {"Paris"}, "P", "P:Paris"},
    {"a deal signed with Paris today", {"Paris"}, "O", "O:Paris"},
    {"the protein Paris was found", {"Paris"}, "O", "O:Paris"},
    {"in Paris", {"Paris"}, "M", "M:Paris"},
    /* a listed place in a list of three names or more, two of them LOC;
    ** not with one LOC, in a list of two, or apart by other words */
    {"stops include Lisbon, Bilbao and Lyon today",
     {"Lisbon", "Bilbao", "Lyon"},
     "OLL",
     "L:Lisbon|L:Bilbao|L:Lyon"},
    {"stops include Lisbon, Bilbao and Lyon today",
     {"Lisbon", "Bilbao", "Lyon"},
     "OLO",
     "O:Lisbon|L:Bilbao|O:Lyon"},
    {"stops include Lisbon and Bilbao today",
     {"Lisbon", "Bilbao"},
     "OL",
     "O:Lisbon|L:Bilbao"},
    {"stops include Lisbon, then Bilbao, Lyon",
     {"Lisbon", "Bilbao", "Lyon"},
     "OLL",
     "O:Lisbon|L:Bilbao|L:Lyon"},
    /* an ORG head, " of " and a LOC or ORG are one ORG: from the model's
    ** ORG or the capitalized run (not "The", not a possessive); not after
    ** another head, another type's span, or in a Title Case line */
    {"shipped by the Serum Institute of India today",
     {"India"},
     "L",
     "O:Serum Institute of India"},
    {"Adar Poonawalla's Serum Institute of India began",
     {"India"},
     "L",
     "O:Serum Institute of India"},
    {"the Security Service of Ukraine said",
     {"Security Service", "Ukraine"},
     "OL",
     "O:Security Service of Ukraine"},
    {"The Supreme Court of the United States ruled",
     {"Supreme Court", "United States"},
     "OL",
     "O:Supreme Court of the United States"},
    {"the Governor of Texas said", {"Texas"}, "L", "L:Texas"},
    {"the Tom Bank of India said",
     {"Tom Bank", "India"},
     "PL",
     "P:Tom Bank|L:India"},
    {"Bank of India Cuts Rates Again", {"India"}, "L", "L:India"},
    {"of India", {"India"}, "L", "L:India"},
    /* in a line without capitals, a listed brand (ORG) or big city or
    ** country (LOC) in no span; not an ordinary word, a person's name, a
    ** word inside a span, or in a line with a capital */
    {"my klarna app says i owe 300 dollars", {0}, "", "O:klarna"},
    {"easyjet cancelled my flight to lisbon",
     {"lisbon"},
     "L",
     "O:easyjet|L:lisbon"},
    {"flew to lisbon and madrid", {0}, "", "L:lisbon"},
    {"i ate an apple while reading in chad", {0}, "", ""},
    {"my klarna app says i owe Tom", {0}, "", ""},
    {"the klarnas and xklarna", {0}, "", ""},
    /* a listed first name and a listed surname, neither an ordinary
    ** word, are a PERSON; not a first name alone, nor an ordinary word */
    {"cant get tickets for kendrick lamar in toronto",
     {0},
     "",
     "P:kendrick lamar|L:toronto"},
    {"cant get tickets for kendrick in toronto", {0}, "", "L:toronto"},
    {"mark will said so", {0}, "", ""},
    {"", {0}, "", ""},
    {"\n\n", {0}, "", ""},
    /* a LOC, ORG or MISC runs on over a particle and the capitalized run
    ** after it, taking in a span there; a one-word LOC over " of " and a
    ** run in no span; not a PERSON, a month, a lower-case run, or in a
    ** Title Case line */
    {"floods in Rio Grande do Sul left",
     {"Rio Grande"},
     "L",
     "L:Rio Grande do Sul"},
    {"marched to the Plaza de Mayo against",
     {"Plaza", "Mayo"},
     "OL",
     "O:Plaza de Mayo"},
    {"clashes along the Line of Control.", {"Line"}, "L", "L:Line of Control"},
    {"sailed the Gulf of Mexico and Isle of Man",
     {"Gulf", "Mexico", "Isle"},
     "LLL",
     "L:Gulf of Mexico|L:Isle of Man"},
    {"born in Antium of December 15", {"Antium"}, "L", "L:Antium"},
    {"met Ursula von Leyen there",
     {"Ursula", "Leyen"},
     "PP",
     "P:Ursula|P:Leyen"},
    {"went to Rio de janeiro", {"Rio"}, "L", "L:Rio"},
    {"reporters at the Palacio de las Garzas.",
     {"Palacio"},
     "L",
     "L:Palacio de las Garzas"},
    {"the Palacio de tal Garzas", {"Palacio"}, "L", "L:Palacio"},
    {"Floods In Rio Grande Do Sul Left Thousands",
     {"Rio Grande"},
     "L",
     "L:Rio Grande"},
    {"Rio de", {"Rio"}, "L", "L:Rio"},
    /* function words that end a span are left out, but of a one-word span
     */
    {"Mercado Libre To Invest In Peru",
     {"Mercado Libre To"},
     "P",
     "P:Mercado Libre"},
    {"Aerodrom Beograd Will Be Closed",
     {"Aerodrom Beograd Will Be"},
     "L",
     "L:Aerodrom Beograd"},
    {"the band To played", {"To"}, "O", "O:To"},
    {"Serie A matches", {"Serie A"}, "M", "M:Serie A"},
    /* the first word of a Title Case line before a present-tense verb,
    ** typed by the lists (else PERSON); not an ordinary word, a compound,
    ** a word the body writes in no span, a word in a span, or a line that
    ** is not Title Case */
    {"Ishiba Quits After Upper House Defeat", {0}, "", "P:Ishiba"},
    {"Gukesh Becomes Youngest World Champion", {0}, "", "P:Gukesh"},
    {"Klarna Jumps In Market Debut", {0}, "", "O:Klarna"},
    {"Police Raids Offices Across Town", {0}, "", ""},
    {"Blue-chip Stocks Sank Sharply Again", {0}, "", ""},
    {"Zqxwvk Quits After Upper House Defeat\nZqxwvk board members met.",
     {0},
     "",
     ""},
    {"Ishiba Quits After Defeat\nShigeru Ishiba resigned.",
     {"Shigeru Ishiba"},
     "P",
     "P:Ishiba|P:Shigeru Ishiba"},
    {"Ishiba quits after the defeat", {0}, "", ""},
    {"Ishiba", {0}, "", ""},
    /* the same after a conjunction that opens a clause, its verb in
    ** "-ies" too; not a plural noun in "-ies" after a line's first word */
    {"Romania Annuls Vote As Georgescu Cries Foul",
     {"Romania"},
     "L",
     "L:Romania|P:Georgescu"},
    {"Shares Slide After Zqxwvk Quits", {0}, "", "P:Zqxwvk"},
    {"Romania Annuls Vote As Police Raids Offices",
     {"Romania"},
     "L",
     "L:Romania"},
    {"Zqxwvk Commodities Desk", {0}, "", ""},
    {"Shares Slide As Zqxwvk ", {0}, "", ""}, /* libFuzzer: no verb left */
    /* a continent in no span, with the capitalized words before it; not
    ** in a hyphenated word, inside a longer word, or touching a span */
    {"Moniepoint became Africa's newest unicorn", {0}, "", "L:Africa"},
    {"the aid for Southern Africa, now based", {0}, "", "L:Southern Africa"},
    {"the 2000 Asia-Pacific summit and Ada-Europe", {0}, "", ""},
    {"Africans and Europeans met", {0}, "", ""},
    /* the Earth: claimed like a continent, and "Earth" alone retyped LOC */
    {"Life on Earth began", {0}, "", "L:Earth"},
    {"the Moon orbits the Earth", {"Earth"}, "O", "L:Earth"},
    {"He used Google Earth", {"Google Earth"}, "O", "O:Google Earth"},
    {"the Earthlings landed", {0}, "", ""},
    {"He toured Africa with Tom Smith.",
     {"Tom Smith"},
     "P",
     "L:Africa|P:Tom Smith"},
    {"the Africa Cup of Nations began",
     {"Africa Cup of Nations"},
     "M",
     "M:Africa Cup of Nations"},
    {"French Equatorial Africa colony", {"French"}, "M", "M:French"},
    {"Security and Cooperation in Europe Postponed Talks", {0}, "", ""},
    {"stops include Zqxwvk, Bilbao, Lyon",
     {"Zqxwvk", "Bilbao", "Lyon"},
     "OLL",
     "O:Zqxwvk|L:Bilbao|L:Lyon"},
    /* a span after a noun of an organization's kind or two such words is
    ** an ORG; not a listed place, nor a PERSON after one word */
    {"chief executive of Kering, the owner", {"Kering"}, "L", "O:Kering"},
    {"the data firm Zqxwvk said", {"Zqxwvk"}, "M", "O:Zqxwvk"},
    {"a stake in Hungary now", {"Hungary"}, "L", "L:Hungary"},
    {"with MGX, the Emirati fund.", {"MGX"}, "L", "O:MGX"},
    /* a listed place after "at" or "through" (located_places.c) */
    {"won the prize at Cannes.", {"Cannes"}, "O", "L:Cannes"},
    {"oil through Ceyhan would", {"Ceyhan"}, "O", "L:Ceyhan"},
    {"a letter to Cannes fans", {"Cannes"}, "O", "O:Cannes"},
    {"in Zqxwvk, the lender said", {"Zqxwvk"}, "L", "L:Zqxwvk"},
    {"met Zqxwvk, the firm's boss", {"Zqxwvk"}, "P", "P:Zqxwvk"},
    {"newspaper publisher Rupert Murdoch said",
     {"Rupert Murdoch"},
     "P",
     "P:Rupert Murdoch"},
    {"shares in Rupert Zqxwvk rose", {"Rupert Zqxwvk"}, "P", "O:Rupert Zqxwvk"},
    /* a span of a Title Case line cut before its last inner present-tense
    ** verb; not its last word, a listed name up to it, a company by its
    ** legal suffix, or outside a Title Case line */
    {"Ofcom Opens Probe Into Site", {"Ofcom Opens Probe"}, "O", "O:Ofcom"},
    {"Black Forest Labs Raises Fresh Capital",
     {"Black Forest Labs Raises Fresh Capital"},
     "O",
     "O:Black Forest Labs"},
    {"Glasgow Rangers Beat Celtic Again",
     {"Glasgow Rangers"},
     "O",
     "O:Glasgow Rangers"},
    {"United States Navy Sends Ships",
     {"United States Navy"},
     "O",
     "O:United States Navy"},
    {"Rivals Compete With Johnson Controls Inc Again",
     {"Johnson Controls Inc"},
     "O",
     "O:Johnson Controls Inc"},
    {"the Ofcom Opens Probe group said so",
     {"Ofcom Opens Probe"},
     "O",
     "O:Ofcom Opens Probe"},
    /* a run of capitalized words inside a sentence, in no span, not all
    ** of them ordinary words, that a word of an organization's kind
    ** stands next to or an appositive names, or beside a span in a list:
    ** typed by the list, else by the lists, else ORG; not without such a
    ** word, at a sentence's start, with a digit, a hyphen or all
    ** capitals, a month, a day, a title, beside a number, touching a
    ** span, or in a Title Case line */
    {"the data firm Zqxwvk agreed", {0}, "", "O:Zqxwvk"},
    {"the far-right Chega party won", {0}, "", "O:Chega"},
    {"a deal with Fianna F\xc3\xa1il party leaders",
     {0},
     "",
     "O:Fianna F\xc3\xa1il"},
    {"the shares in Novo fell", {0}, "", "O:Novo"},
    {"It ended.\nThe Qxwvz party quit", {0}, "", "O:Qxwvz"},
    {"Shares in Zqxwvk fell.\nZqxwvk said so. No Zqxwvk Qa here",
     {0},
     "",
     "O:Zqxwvk|O:Zqxwvk"},
    /* the headline's from the body */
    {"Zqxwvk Cuts Jobs Across Europe\nshares in Zqxwvk fell",
     {0},
     "",
     "O:Zqxwvk|O:Zqxwvk"},
    {"with Modi, Zqxwvk and others. Zqxwvk said",
     {"Modi"},
     "P",
     "P:Modi|P:Zqxwvk"},
    {"Shares in Novo fell", {0}, "", "O:Novo"},
    {"chief executive of Zqxwvk Labs, said", {0}, "", "O:Zqxwvk Labs"},
    {"money for Qxwvz Zqxwvk, his new start-up.", {0}, "", "O:Qxwvz Zqxwvk"},
    {"so Zqxwvk's shares fell", {0}, "", "O:Zqxwvk"},
    {"the carrier Porto Alegre flew", {0}, "", "L:Porto Alegre"},
    {"the rival firm Tiffany Zqxwvk said", {0}, "", "P:Tiffany Zqxwvk"},
    {"with Modi, Zqxwvk and others", {"Modi"}, "P", "P:Modi|P:Zqxwvk"},
    {"with Modi and Zqxwvk al-Qxwvz, who", {"Modi"}, "P", "P:Modi"},
    {"with Modi and Zqxwvk van Qxwvz", {"Modi"}, "P", "P:Modi"},
    {"talks between Qxwvz and Lula", {"Lula"}, "P", "P:Qxwvz|P:Lula"},
    {"with Modi; Zqxwvk and co", {"Modi"}, "P", "P:Modi"},
    {"missiles forced Maersk to reroute.", {0}, "", ""},
    {"Zqxwvk party members met. Zqxwvk: shares", {0}, "", ""},
    {"the firm M23 and the EDT shares, the Ohio-based firm", {0}, "", ""},
    /* no organization after a title or a month (the title names a person:
    ** titled_names.c) */
    {"the firm of Mr Zqxwvk, in September firm", {0}, "", "P:Zqxwvk"},
    {"the company Great Wall and the Fine print", {0}, "", "O:Great Wall"},
    {"he bought 200 Zqxwvk shares", {0}, "", ""},
    {"the firm Maersk Line said", {"Maersk"}, "O", "O:Maersk"},
    {"Ships Of The Firm Zqxwvk Party Sink", {0}, "", ""},
    /* a club's marker before or after a span makes one ORG of them; not
    ** inside a longer word, nor an empty word before a span */
    {"beat San Diego FC 3-1 in", {"San Diego", "FC"}, "LP", "O:San Diego FC"},
    {"left for Los Angeles FC after", {"Los Angeles"}, "L", "O:Los Angeles FC"},
    {"then FC Porto won", {"Porto"}, "L", "O:FC Porto"},
    {"Pete Sampras ( U.S. ) beat",
     {"Pete Sampras", "U.S."},
     "PL",
     "P:Pete Sampras|L:U.S."},
    {"Paris SCORES big", {"Paris"}, "L", "L:Paris"},
    /* a title that opens a PERSON of two words or more is dropped; not
    ** a royal one, nor from a one-word span or another type */
    {"the court, where Justice Alexandre de Moraes led",
     {"Justice Alexandre de Moraes"},
     "P",
     "P:Alexandre de Moraes"},
    {"and Prince Charles said", {"Prince Charles"}, "P", "P:Prince Charles"},
    {"told President reporters", {"President"}, "P", "P:President"},
    {"the General Motors plant", {"General Motors"}, "O", "O:General Motors"},
    /* a compass word before a LOC or a MISC, and a place's head after a
    ** LOC, are taken in (place_parts.c); not a head with a capitalized
    ** word after it, "City", or in a Title Case line */
    {"famine spread in North Zqxwvk, a region",
     {"Zqxwvk"},
     "L",
     "L:North Zqxwvk"},
    {"hosted Central Asian leaders in",
     {"Central", "Asian"},
     "LM",
     "M:Central Asian"},
    {"every metre of the Panama Canal belonged",
     {"Panama"},
     "L",
     "L:Panama Canal"},
    {"the Panama Canal Authority said", {"Panama"}, "L", "L:Panama"},
    {"rail links to Ho Chi Minh City were",
     {"Ho Chi Minh"},
     "L",
     "L:Ho Chi Minh"},
    {"Thieves In Northern Italy Stole Paintings", {"Italy"}, "L", "L:Italy"},
    /* a word before a LOC or after a LOC or a MISC that makes a listed
    ** company's name with it is taken in, as an ORG; not a listed place */
    {"An Air India jet crashed", {"India"}, "L", "O:Air India"},
    {"flew Turkish Airlines to Oslo",
     {"Turkish", "Oslo"},
     "ML",
     "O:Turkish Airlines|L:Oslo"},
    {"flights to New Delhi resumed", {"Delhi"}, "L", "L:Delhi"},
    /* two spans, one a LOC, that are a listed place together are one LOC;
    ** not a club's name, nor without a LOC */
    {"rail links to Ho Chi Minh City were",
     {"Ho Chi Minh", "City"},
     "LO",
     "L:Ho Chi Minh City"},
    {"flew to Chiang Mai on Friday", {"Chiang", "Mai"}, "PL", "L:Chiang Mai"},
    {"fans of Manchester City cheered",
     {"Manchester", "City"},
     "LO",
     "L:Manchester|O:City"},
    {"flew to Chiang Mai on Friday", {"Chiang", "Mai"}, "PP", "P:Chiang Mai"},
    /* a product, a vessel or a work named beside a noun of its kind is a
    ** MISC (product_names.c); not a listed maker or place, a maker after
    ** "a" or before its verb, and no name the model left out */
    {"sell their drug Leqembi in Canada", {"Leqembi"}, "P", "M:Leqembi"},
    {"aboard the aid boat Zqxwvk off the coast", {"Zqxwvk"}, "P", "M:Zqxwvk"},
    {"said Baidu's Apollo Go robotaxis were running",
     {"Baidu", "Apollo Go"},
     "OP",
     "O:Baidu|M:Apollo Go"},
    {"In the film Art of Rap, he said", {"Art of Rap"}, "O", "M:Art of Rap"},
    {"they launched a Zqxwvk rocket today", {"Zqxwvk"}, "O", "O:Zqxwvk"},
    {"the vaccine Zqxwvk developed", {"Zqxwvk"}, "O", "O:Zqxwvk"},
    {"the drug Pfizer makes", {"Pfizer"}, "O", "O:Pfizer"},
    {"resent the US missile's presence", {"US"}, "L", "L:US"},
    {"aboard the aid boat Zqxwvk off the coast", {0}, "", ""},
    /* "<head> for <cause>" is one ORG: the cause's words joined by " and "
    ** or " of ", spans inside taken in; not a cause with a digit or "$",
    ** one a span crosses, or in a Title Case line */
    {"the far-right Party for Freedom won", {0}, "", "O:Party for Freedom"},
    {"at the Institute for Human Gene Therapy , researchers",
     {"Gene Therapy"},
     "P",
     "O:Institute for Human Gene Therapy"},
    {"the Department for Research and Statistics uses",
     {0},
     "",
     "O:Department for Research and Statistics"},
    {"members of Suu Kyi 's National League for Democracy ( NLD )",
     {"Suu Kyi", "National League"},
     "PM",
     "P:Suu Kyi|O:National League for Democracy"},
    {"sold back to the Academy for US$1. If", {0}, "", ""},
    {"the far-right Alternative for Germany won",
     {"Germany"},
     "L",
     "O:Alternative for Germany"},
    {"rules of the Centers for Disease Control and Prevention's program",
     {0},
     "",
     "O:Centers for Disease Control and Prevention"},
    {"in the Centre of Paris today", {"Paris"}, "L", "L:Paris"},
    {"he said that the Party for Zqxwvk Corporation for Assigned Names won "
     "the vote on the day",
     {0},
     "",
     "O:Party for Zqxwvk Corporation"},
    {"members of the Party for Freedom voted, said Anna Berg today",
     {"Freedom voted"},
     "P",
     "P:Freedom voted"},
    {"Party For Freedom Wins Vote", {0}, "", ""},
    /* a run of ordinary words only after a kind's noun or before an
    ** appositive that names one; not after a comma, nor one letter */
    {"the independent distributor Neon said", {0}, "", "O:Neon"},
    {"HP agreed to buy Humane, a hardware startup co-founded by him",
     {"HP"},
     "O",
     "O:HP|O:Humane"},
    {"at Trans Time, Inc., a for-profit company",
     {"Trans Time"},
     "O",
     "O:Trans Time"},
    {"shares offered by company N / A", {0}, "", ""},
    {"HP agreed to buy Humane and more", {"HP"}, "O", "O:HP"},
    /* a PERSON before an appositive that a kind's noun ends */
    {"Gavi, the vaccine alliance, said cuts", {"Gavi"}, "P", "O:Gavi"},
    {"Gavi, a company director, said", {"Gavi"}, "P", "P:Gavi"},
    /* the sides of a fixture or a score line are teams (fixtures.c);
    ** not national sides, two people beside "vs.", a court case's "v.",
    ** a score in prose, or a bracket's name that is no list item's */
    {"division two - Ayr v Berwick, Clyde",
     {"Ayr", "Berwick"},
     "LL",
     "O:Ayr|O:Berwick|O:Clyde"},
    {"Zqxwvk Tychy 5 Lech Qxwvz 3",
     {"Zqxwvk Tychy", "Lech Qxwvz"},
     "PP",
     "O:Zqxwvk Tychy|O:Lech Qxwvz"},
    {"Hearts ( Scotland ) 1 Zqxwvk Belgrade 2",
     {"Hearts", "Scotland", "Zqxwvk Belgrade"},
     "PLP",
     "O:Hearts|L:Scotland|O:Zqxwvk Belgrade"},
    {"Namibia 6 Botswana 0",
     {"Namibia", "Botswana"},
     "LL",
     "L:Namibia|L:Botswana"},
    {"Scotland v Wales today",
     {"Scotland", "Wales"},
     "LL",
     "L:Scotland|L:Wales"},
    {"Donald Trump vs. Kamala Harris",
     {"Donald Trump", "Kamala Harris"},
     "PP",
     "P:Donald Trump|P:Kamala Harris"},
    {"after Roe v. Wade fell", {"Roe", "Wade"}, "LL", "L:Roe|L:Wade"},
    {"Genoa 2 Zqxwvk 1 after extra time",
     {"Genoa", "Zqxwvk"},
     "LP",
     "L:Genoa|P:Zqxwvk"},
    {"7 - Bogdan Prusek ( Zqxwvk Tychy )\n",
     {"Bogdan Prusek", "Zqxwvk Tychy"},
     "PP",
     "P:Bogdan Prusek|O:Zqxwvk Tychy"},
    {"with Abu Ammar ( Arafat ) yesterday",
     {"Abu Ammar", "Arafat"},
     "PP",
     "P:Abu Ammar|P:Arafat"},
    {"Ena Sharples (Violet Carson), caretaker",
     {"Ena Sharples", "Violet Carson"},
     "PP",
     "P:Ena Sharples|P:Violet Carson"},
    /* a listed first name one space before a PERSON goes into it
    ** (person_names.c); not an ordinary word, a title the word list does
    ** not hold, a month, a word after a quote or in a span, a Title Case
    ** line */
    {"Marine Le Pen was barred from office",
     {"Le Pen"},
     "P",
     "P:Marine Le Pen"},
    {"said General De Gaulle in a speech", {"De Gaulle"}, "P", "P:De Gaulle"},
    {"Booker T. Washington did not agree",
     {"T. Washington"},
     "P",
     "P:Booker T. Washington"},
    {"the poet Taras Shevchenko wrote",
     {"Shevchenko"},
     "P",
     "P:Taras Shevchenko"},
    {"Author Sam Harris has argued", {"Sam Harris"}, "P", "P:Sam Harris"},
    {"the young Kaiser Wilhelm sought", {"Wilhelm"}, "P", "P:Wilhelm"},
    {"since December Smith has led", {"Smith"}, "P", "P:Smith"},
    {"he said: \"Edwyn Bevan is here, we know.\"", {"Bevan"}, "P", "P:Bevan"},
    {"Edwyn Bevan said", {"Edwyn", "Bevan"}, "LP", "L:Edwyn|P:Bevan"},
    {"Edwyn Bevan Wins The Cup\n", {"Bevan"}, "P", "P:Bevan"},
    /* a span of one word after a PERSON that opens with a listed first
    ** name is its surname (person_names.c); not an ordinary word, a
    ** country, a word without a lower-case letter, nor after another
    ** first word, in a headline or after a quote */
    {"the novelist Mario Vargas Llosa is",
     {"Mario Vargas", "Llosa"},
     "PL",
     "P:Mario Vargas Llosa"},
    {"a law decreed by Frederick III in",
     {"Frederick", "III"},
     "PM",
     "P:Frederick III"},
    {"part of the Ronald Doctrine, which",
     {"Ronald", "Doctrine"},
     "PM",
     "P:Ronald|M:Doctrine"},
    {"won by Jose Maria Spain today",
     {"Jose Maria", "Spain"},
     "PL",
     "P:Jose Maria|L:Spain"},
    {"won by Jose Maria EDI today",
     {"Jose Maria", "EDI"},
     "PO",
     "P:Jose Maria|O:EDI"},
    {"won by Zqxwvk Abc Qwvzk today",
     {"Zqxwvk Abc", "Qwvzk"},
     "PO",
     "P:Zqxwvk Abc|O:Qwvzk"},
    {"Mario Vargas Llosa Wins The Prize\nHe won.",
     {"Mario Vargas", "Llosa"},
     "PL",
     "P:Mario Vargas|L:Llosa"},
    /* the capitalized words before an event's name that ends with its head
    ** go into it (event_names.c); not a nationality, a city, "The", an
    ** ordinary word opening a sentence, a Title Case line */
    {"the final show of the Cowboy Carter Tour at",
     {"Carter Tour"},
     "M",
     "M:Cowboy Carter Tour"},
    {"hosted the 2011 Cricket World Cup final",
     {"World Cup"},
     "M",
     "M:Cricket World Cup"},
    {"won the Australian Grand Prix in", {"Grand Prix"}, "M", "M:Grand Prix"},
    {"organized The Sikh Awards for", {"Sikh Awards"}, "M", "M:Sikh Awards"},
    {"Leading World Cup scorers were", {"World Cup"}, "M", "M:World Cup"},
    {"Beyonce Ends Record Cowboy Carter Tour In Vegas\nShe sang.",
     {"Carter Tour"},
     "M",
     "P:Beyonce|M:Carter Tour"},
    /* a prize's field after " in " goes into it; not a field in a span */
    {"won the Nobel Prize in Physics in 2013",
     {"Nobel Prize"},
     "M",
     "M:Nobel Prize in Physics"},
    {"the 1975 Nobel Prize in Physiology or Medicine for",
     {"Nobel Prize"},
     "M",
     "M:Nobel Prize in Physiology or Medicine"},
    {"the Nobel Prize in Oslo last year",
     {"Nobel Prize", "Oslo"},
     "ML",
     "M:Nobel Prize|L:Oslo"},
    {"the Nobel Prize in the end", {"Nobel Prize"}, "M", "M:Nobel Prize"},
    /* two persons' full names that the model joined by " and " into a span
    ** of another type are two PERSONs (person_names.c); not names of one
    ** word, nor with an organization's head or an ordinary word */
    {"with Jonah Hill and Matthew McConaughey, among others",
     {"Jonah Hill and Matthew McConaughey"},
     "O",
     "P:Jonah Hill|P:Matthew McConaughey"},
    {"by Louis XVIII and Charles X in",
     {"Louis XVIII and Charles X"},
     "M",
     "P:Louis XVIII|P:Charles X"},
    {"at Robert Morris University and Geneva College today",
     {"Robert Morris University and Geneva College"},
     "O",
     "O:Robert Morris University and Geneva College"},
    {"shares of Marks and Spencer rose",
     {"Marks and Spencer"},
     "O",
     "O:Marks and Spencer"},
    {"from Penn State and West Virginia",
     {"Penn State and West Virginia"},
     "O",
     "O:Penn State and West Virginia"},
    /* a person named surname first by "He", "To" or "Do" (unknown_names.c);
    ** at a sentence's start only before a lower-case word; not before an
    ** ordinary word or a place, after a quote, in a Title Case line */
    {"Scott Bessent met He Lifeng in Geneva last week.",
     {"Scott Bessent"},
     "P",
     "P:Scott Bessent|P:He Lifeng"},
    {"Do Kwon was extradited", {0}, "", "P:Do Kwon"},
    {"To Harris, this was clear", {0}, "", ""},
    {"To Harris's dismay it fell", {0}, "", ""},
    {"then He Said so", {0}, "", ""},
    {"the move To Geneva was", {0}, "", ""},
    {"the line \"He Lifeng met him at noon", {0}, "", ""},
    {"He Lifeng Meets Bessent In Geneva\nHe said.", {0}, "", ""},
    /* a surname claimed beside a person's first names joins them */
    {"women such as Anne Seymour Damer and Mary Berry",
     {"Anne Seymour", "Mary Berry"},
     "PP",
     "P:Anne Seymour Damer|P:Mary Berry"},
    /* a web site's name inside a sentence is an ORG with no kind's word */
    {"On 17 July 2009, Amazon.com withdrew the titles",
     {0},
     "",
     "O:Amazon.com"},
    {"the blog SafetyClicks.info said", {0}, "", ""},
    /* a name a kind's word types ORG once is an ORG in the document's
    ** other spans (unknown_names.c); not a person WordNet lists, nor a
    ** nationality */
    {"a bid for Zqxwvk. Later Zqxwvk said it would",
     {"Zqxwvk", "@Zqxwvk"},
     "PP",
     "O:Zqxwvk|O:Zqxwvk"},
    {"Zqxwvk said it would. The firm Zqxwvk has",
     {"Zqxwvk", "@Zqxwvk"},
     "LL",
     "O:Zqxwvk|O:Zqxwvk"},
    {"a stake in Jesus. Then Jesus spoke",
     {"Jesus", "@Jesus"},
     "PP",
     "O:Jesus|P:Jesus"},
    {"the acquisition of American land. American troops",
     {"American", "@American"},
     "MM",
     "O:American|M:American"},
    /* an appositive's kind comes before any "of" */
    {"the Zqxwvk, a product of the developer Acme",
     {"Zqxwvk"},
     "M",
     "M:Zqxwvk|O:Acme"},
};

/* The entity type of a type initial. */
static int typeOf(char c) {
  return c == 'L'   ? TK_ENT_LOC
         : c == 'O' ? TK_ENT_ORG
         : c == 'M' ? TK_ENT_MISC
                    : TK_ENT_PERSON;
}

/* The spans of case p after the fixes, as its zWant is written; each span
** scores 0.9 but the second, 0.7. */
static const char *fixed(const Case *p, double *prFirst) {
  static char zOut[256];
  size_t n = strlen(p->aType);
  tk_ner_span *a = tk_malloc(3 * sizeof *a);
  for (size_t k = 0; k < n; k++) {
    const char *zPart = p->azPart[k] + (p->azPart[k][0] == '@');
    const char *zAt = strstr(p->z, zPart);
    for (const char *zNext = zAt; p->azPart[k][0] == '@' && zNext;
         zNext = strstr(zNext + 1, zPart))
      zAt = zNext;
    a[k].iStart = (size_t)(zAt - p->z);
    a[k].nLen = strlen(zPart);
    a[k].eType = typeOf(p->aType[k]);
    a[k].rScore = k == 1 ? 0.7 : 0.9;
  }
  TK_CHECK_INT(tk_entities__fix_model_spans(p->z, strlen(p->z), &a, &n), TK_OK);
  zOut[0] = 0;
  for (size_t k = 0; k < n; k++) {
    size_t m = strlen(zOut);
    char c = a[k].eType == TK_ENT_LOC    ? 'L'
             : a[k].eType == TK_ENT_ORG  ? 'O'
             : a[k].eType == TK_ENT_MISC ? 'M'
                                         : 'P';
    snprintf(zOut + m, sizeof zOut - m, "%s%c:%.*s", k ? "|" : "", c,
             (int)a[k].nLen, p->z + a[k].iStart);
  }
  *prFirst = n ? a[0].rScore : 0;
  tk_free(a);
  return zOut;
}

/* The company that a legal suffix ends is found wherever it stands in
** the 16-byte blocks that legal_names.c reads: after nPad bytes of
** lower-case words, and at the text's very end. */
static void checkLegalOffsets(void) {
  static const char zWords[] = "the market rose and then fell back ";
  for (size_t nPad = 12; nPad < 48; nPad++) { /* "market": no Title Case */
    char z[128];
    size_t k = 0;
    for (; k < nPad; k++)
      z[k] = zWords[k % (sizeof zWords - 1)];
    snprintf(z + k, sizeof z - k, " at Schroder Wertheim & Co");
    tk_ner_span *a = 0;
    size_t n = 0;
    TK_CHECK_INT(tk_entities__fix_model_spans(z, strlen(z), &a, &n), TK_OK);
    TK_CHECK_INT(n, 1);
    if (n == 1) {
      TK_CHECK_INT(a[0].iStart, nPad + 4);
      TK_CHECK_INT(a[0].nLen, strlen("Schroder Wertheim & Co"));
    }
    tk_free(a);
  }
}

int main(void) {
  double rFirst;
  checkLegalOffsets();
  for (size_t i = 0; i < sizeof aCase / sizeof aCase[0]; i++)
    TK_CHECK_STR(fixed(&aCase[i], &rFirst), aCase[i].zWant);
  fixed(&aCase[0], &rFirst);
  TK_CHECK(rFirst == 0.7); /* a joined place scores the lower part's score */
  TK_TEST_END();
}
