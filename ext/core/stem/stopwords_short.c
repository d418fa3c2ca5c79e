/*
** stopwords_short.c -- short function-word lists (articles, pronouns,
** prepositions, conjunctions, auxiliaries; 90-122 words each) for Czech,
** Danish, Finnish, Hungarian, Indonesian, Norwegian Bokmal, Polish, Romanian,
** Swedish and Turkish, written for textkit.  They serve as stopword lists
** (tk_stoplist_get("sv", 2)). Case-folded, NFC, each sorted by UTF-8 bytes;
** Romanian words with s/t comma below are also listed with the older cedilla
** letters.
**
**   tk_stoplist_has(tk_stoplist_get("swedish", 7), "och", 3);   // 1
*/
#include "stem_internal.h"

/* Swedish (122 words) */
static const char *const azSwedish[] = {
    "alla",  "alltså", "andra",  "att",   "av",     "bara",   "blev",
    "bli",   "blir",   "både",   "de",    "dem",    "den",    "denna",
    "deras", "dessa",  "det",    "detta", "dig",    "din",    "dina",
    "ditt",  "dock",   "du",     "där",   "då",     "efter",  "eftersom",
    "eller", "en",     "enligt", "er",    "ett",    "från",   "för",
    "genom", "ha",     "hade",   "han",   "hans",   "har",    "hennes",
    "hon",   "hos",    "hur",    "här",   "i",      "igen",   "inga",
    "ingen", "inget",  "innan",  "inte",  "jag",    "ju",     "kan",
    "kunde", "man",    "med",    "medan", "mellan", "men",    "mer",
    "mest",  "mig",    "min",    "mina",  "mitt",   "mot",    "mycket",
    "måste", "ni",     "nog",    "nu",    "när",    "någon",  "något",
    "några", "och",    "också",  "om",    "oss",    "på",     "redan",
    "samma", "sedan",  "sig",    "sin",   "sina",   "sitt",   "själv",
    "ska",   "skulle", "som",    "så",    "sådan",  "till",   "under",
    "upp",   "ut",     "utan",   "vad",   "var",    "vara",   "varför",
    "varit", "vem",    "vi",     "vid",   "vilka",  "vilken", "vilket",
    "vill",  "ville",  "vår",    "våra",  "vårt",   "än",     "är",
    "även",  "åt",     "över",
};

/* Danish (119 words) */
static const char *const azDanish[] = {
    "af",      "alle",    "alt",     "anden",  "andre",   "at",     "bare",
    "blev",    "blive",   "bliver",  "både",   "da",      "de",     "dem",
    "den",     "denne",   "der",     "deres",  "derfor",  "det",    "dette",
    "dig",     "din",     "disse",   "dog",    "du",      "efter",  "eller",
    "ellers",  "en",      "end",     "er",     "et",      "for",    "fordi",
    "fra",     "før",     "gennem",  "ham",    "han",     "hans",   "har",
    "havde",   "have",    "heller",  "hende",  "hendes",  "her",    "hos",
    "hun",     "hvad",    "hvem",    "hvilke", "hvilken", "hvis",   "hvor",
    "hvordan", "hvorfor", "hvornår", "i",      "igen",    "ikke",   "ind",
    "ingen",   "jer",     "jeres",   "jo",     "kan",     "kun",    "kunne",
    "lidt",    "man",     "mange",   "med",    "meget",   "mellem", "men",
    "mens",    "mere",    "mig",     "min",    "mine",    "mit",    "mod",
    "må",      "ned",     "nogen",   "noget",  "nogle",   "nu",     "når",
    "og",      "også",    "om",      "op",     "os",      "over",   "på",
    "selv",    "siden",   "sig",     "sin",    "sine",    "sit",    "skal",
    "skulle",  "som",     "sådan",   "til",    "ud",      "uden",   "under",
    "var",     "vi",      "vil",     "ville",  "vores",   "være",   "været",
};

/* Indonesian (110 words; Malay shares most of them) */
static const char *const azIndonesian[] = {
    "ada",      "adalah",  "agar",      "akan",     "aku",      "anda",
    "antara",   "apa",     "apabila",   "atas",     "atau",     "bagaimana",
    "bagi",     "bahkan",  "bahwa",     "banyak",   "beberapa", "belum",
    "berapa",   "bersama", "bisa",      "boleh",    "bukan",    "dalam",
    "dan",      "dapat",   "dari",      "demikian", "dengan",   "di",
    "dia",      "hal",     "hanya",     "harus",    "hingga",   "ia",
    "ialah",    "ini",     "itu",       "jadi",     "jika",     "juga",
    "kalau",    "kami",    "kamu",      "karena",   "ke",       "kemudian",
    "kepada",   "ketika",  "kita",      "lagi",     "lain",     "lalu",
    "lebih",    "maka",    "masih",     "mau",      "melalui",  "menjadi",
    "menurut",  "mereka",  "merupakan", "meskipun", "mungkin",  "namun",
    "oleh",     "pada",    "para",      "pernah",   "pula",     "pun",
    "saat",     "saja",    "sama",      "sambil",   "sangat",   "saya",
    "sebagai",  "sebelum", "sebuah",    "secara",   "sedang",   "sehingga",
    "sejak",    "selalu",  "selama",    "semua",    "sendiri",  "seorang",
    "seperti",  "sering",  "serta",     "setelah",  "setiap",   "sudah",
    "supaya",   "tanpa",   "tapi",      "telah",    "tentang",  "terhadap",
    "tersebut", "tetapi",  "tidak",     "untuk",    "walaupun", "yaitu",
    "yakni",    "yang",
};

/* Norwegian (121 words) */
static const char *const azNorwegian[] = {
    "alle",    "alt",    "andre",  "annen",   "annet",   "at",      "av",
    "bare",    "ble",    "bli",    "blir",    "blitt",   "både",    "da",
    "de",      "deg",    "dem",    "den",     "denne",   "der",     "dere",
    "deres",   "derfor", "det",    "dette",   "din",     "disse",   "du",
    "ei",      "eller",  "ellers", "en",      "enn",     "er",      "et",
    "etter",   "for",    "fordi",  "fra",     "før",     "gjennom", "ha",
    "hadde",   "ham",    "han",    "hans",    "har",     "heller",  "henne",
    "hennes",  "her",    "hos",    "hun",     "hva",     "hvem",    "hvilke",
    "hvilken", "hvis",   "hvor",   "hvordan", "hvorfor", "i",       "igjen",
    "ikke",    "ingen",  "inn",    "jo",      "kan",     "kun",     "kunne",
    "litt",    "man",    "mange",  "med",     "meg",     "mellom",  "men",
    "mens",    "mer",    "min",    "mine",    "mitt",    "mot",     "mye",
    "må",      "ned",    "noe",    "noen",    "nå",      "når",     "og",
    "også",    "om",     "opp",    "oss",     "over",    "på",      "seg",
    "selv",    "siden",  "sin",    "sine",    "sitt",    "skal",    "skulle",
    "slik",    "som",    "til",    "under",   "ut",      "uten",    "var",
    "vi",      "vil",    "ville",  "vår",     "våre",    "vårt",    "være",
    "vært",    "å",
};

/* Finnish (111 words) */
static const char *const azFinnish[] = {
    "alla",    "ei",     "eikä",   "eivät",  "eli",     "emme",   "en",
    "ennen",   "et",     "ette",   "ettei",  "että",    "he",     "heidän",
    "hyvin",   "hän",    "hänen",  "ilman",  "itse",    "ja",     "jo",
    "johon",   "joiden", "joita",  "joka",   "jolla",   "jolle",  "jolloin",
    "jonka",   "jos",    "jossa",  "josta",  "jota",    "joten",  "jotka",
    "jälkeen", "kaikki", "kanssa", "kenen",  "koska",   "kuin",   "kuitenkin",
    "kuka",    "kun",    "me",     "meidän", "mihin",   "mikä",   "minkä",
    "minun",   "minä",   "missä",  "mistä",  "mitä",    "mukaan", "mutta",
    "muut",    "myös",   "ne",     "niiden", "niin",    "niitä",  "nyt",
    "näiden",  "nämä",   "ole",    "olemme", "olen",    "olet",   "olette",
    "oli",     "olisi",  "olivat", "olla",   "ollut",   "oma",    "oman",
    "on",      "ovat",   "se",     "sekä",   "sen",     "siellä", "siihen",
    "siinä",   "siis",   "siitä",  "sinun",  "sinä",    "sitten", "sitä",
    "tai",     "te",     "teidän", "tuo",    "tuon",    "tuota",  "tähän",
    "tämä",    "tämän",  "tässä",  "tästä",  "tätä",    "täällä", "vaan",
    "vaikka",  "vain",   "vielä",  "voi",    "voidaan", "yli",
};

/* Polish (121 words) */
static const char *const azPolish[] = {
    "a",        "aby",     "albo",    "ale",    "ani",      "bardzo",
    "bez",      "bo",      "by",      "byli",   "być",      "był",
    "była",     "było",    "były",    "będzie", "będą",     "co",
    "czy",      "dla",     "do",      "gdy",    "gdzie",    "go",
    "i",        "ich",     "ja",      "jak",    "jaka",     "jaki",
    "jakie",    "je",      "jednak",  "jego",   "jej",      "jest",
    "jestem",   "jesteś",  "jeszcze", "jeśli",  "jeżeli",   "już",
    "ją",       "kiedy",   "która",   "które",  "którego",  "której",
    "który",    "których", "ku",      "lub",    "mi",       "między",
    "mnie",     "może",    "można",   "mu",     "my",       "mój",
    "na",       "nad",     "nas",     "nasz",   "nie",      "niż",
    "o",        "od",      "on",      "ona",    "one",      "oni",
    "ono",      "oraz",    "po",      "pod",    "ponieważ", "przed",
    "przez",    "przy",    "również", "sam",    "się",      "swoich",
    "swoje",    "swojego", "swój",    "są",     "ta",       "tak",
    "także",    "tam",     "te",      "tego",   "tej",      "ten",
    "też",      "to",      "tu",      "twój",   "ty",       "tych",
    "tylko",    "tym",     "tą",      "tę",     "u",        "w",
    "was",      "wasz",    "we",      "według", "więc",     "wszystkie",
    "wszystko", "wy",      "z",       "za",     "ze",       "że",
    "żeby",
};

/* Czech (114 words) */
static const char *const azCzech[] = {
    "a",       "aby",    "ale",   "ani",  "bez",     "bude",   "budou", "by",
    "byl",     "byla",   "byli",  "bylo", "být",     "co",     "což",   "do",
    "ho",      "i",      "jak",   "jako", "jaká",    "jaké",   "jaký",  "je",
    "jeho",    "jejich", "její",  "jen",  "jestli",  "ještě",  "jim",   "již",
    "jsem",    "jsi",    "jsme",  "jsou", "jste",    "já",     "k",     "kde",
    "kdo",     "kdy",    "když",  "ke",   "kolem",   "kterou", "která", "které",
    "kterého", "který",  "lze",   "mezi", "mi",      "mně",    "mohou", "mu",
    "musí",    "my",     "mě",    "může", "na",      "nad",    "nebo",  "není",
    "nás",     "o",      "od",    "on",   "ona",     "oni",    "ono",   "po",
    "pod",     "podle",  "pokud", "pro",  "protože", "proč",   "před",  "přes",
    "při",     "s",      "se",    "sebe", "si",      "své",    "svého", "svůj",
    "ta",      "tak",    "taky",  "také", "tato",    "tedy",   "ten",   "tento",
    "ti",      "to",     "totiž", "toto", "ty",      "tyto",   "tě",    "u",
    "už",      "v",      "ve",    "vy",   "vás",     "však",   "z",     "za",
    "ze",      "že",
};

/* Romanian (117 words) */
static const char *const azRomanian[] = {
    "a",     "acea",    "aceasta", "această", "aceia",   "acel",   "acele",
    "acest", "acesta",  "aceste",  "aceşti",  "acești",  "ai",     "al",
    "ale",   "am",      "ar",      "are",     "astfel",  "asupra", "au",
    "avea",  "aţi",     "ați",     "ca",      "care",    "ce",     "cea",
    "cei",   "cel",     "cele",    "ci",      "cine",    "cu",     "cum",
    "când",  "cât",     "că",      "către",   "dacă",    "dar",    "de",
    "deci",  "decât",   "deja",    "despre",  "din",     "doar",   "după",
    "ea",    "ei",      "el",      "ele",     "este",    "eu",     "fi",
    "fie",   "fiecare", "foarte",  "fost",    "fără",    "iar",    "la",
    "le",    "lor",     "lui",     "mai",     "mea",     "mei",    "mele",
    "meu",   "nici",    "nişte",   "niște",   "noastră", "noi",    "nostru",
    "nu",    "o",       "pe",      "pentru",  "poate",   "pot",    "prin",
    "până",  "sa",      "sale",    "sau",     "se",      "spre",   "sub",
    "sunt",  "să",      "săi",     "său",     "ta",      "toate",  "tot",
    "toţi",  "toți",    "tu",      "tău",     "un",      "unde",   "unei",
    "unui",  "va",      "voi",     "vor",     "vostru",  "îi",     "îl",
    "în",    "încă",    "între",   "şi",      "și",
};

/* Turkish (91 words) */
static const char *const azTurkish[] = {
    "ama",    "ancak", "arasında", "artık", "aynı",       "ayrıca", "bana",
    "bazı",   "ben",   "beri",     "bile",  "bir",        "birçok", "biz",
    "bu",     "buna",  "bunlar",   "bunu",  "bunun",      "bütün",  "da",
    "daha",   "de",    "değil",    "diye",  "diğer",      "dolayı", "eder",
    "edilir", "en",    "eğer",     "gibi",  "göre",       "hangi",  "hem",
    "hep",    "her",   "hiç",      "ile",   "ise",        "için",   "kadar",
    "karşı",  "kendi", "kendisi",  "ki",    "kim",        "mi",     "mu",
    "mü",     "mı",    "nasıl",    "ne",    "neden",      "nerede", "niçin",
    "o",      "olan",  "olarak",   "oldu",  "olduğu",     "olması", "olup",
    "olur",   "ona",   "onlar",    "onu",   "onun",       "rağmen", "sadece",
    "sana",   "sen",   "siz",      "sonra", "tarafından", "tüm",    "var",
    "ve",     "veya",  "ya",       "yani",  "yine",       "yok",    "çok",
    "çünkü",  "önce",  "üzere",    "şey",   "şimdi",      "şu",     "şunun",
};

/* Hungarian (105 words) */
static const char *const azHungarian[] = {
    "a",       "ahol",    "aki",     "akik",    "akkor",    "alatt",  "amely",
    "amelyek", "amelyet", "ami",     "amikor",  "amit",     "annak",  "az",
    "azok",    "azonban", "azt",     "be",      "csak",     "de",     "egy",
    "el",      "ellen",   "előtt",   "engem",   "ennek",    "ez",     "ezek",
    "ezt",     "fel",     "felé",    "ha",      "hanem",    "hiszen", "hogy",
    "hogyan",  "hol",     "hát",     "illetve", "is",       "itt",    "kell",
    "ki",      "kinek",   "között",  "le",      "lehet",    "lesz",   "lett",
    "meg",     "mellett", "mely",    "melyik",  "mert",     "mi",     "miatt",
    "mikor",   "minden",  "mindig",  "minket",  "mint",     "mit",    "miért",
    "most",    "már",     "más",     "még",     "nagyon",   "nekem",  "neki",
    "nekik",   "nem",     "nélkül",  "ott",     "pedig",    "sem",    "soha",
    "sok",     "szerint", "szintén", "talán",   "te",       "tehát",  "ti",
    "téged",   "ugyan",   "után",    "vagy",    "valamint", "van",    "vannak",
    "vele",    "velem",   "viszont", "volna",   "volt",     "voltak", "én",
    "és",      "így",     "óta",     "úgy",     "ő",        "ők",     "őt",
};

/* The lists, in the order of their names. */
const tk_stoplist tk_stem__aShortList[] = {
    TK_STOPLIST("czech", azCzech),
    TK_STOPLIST("danish", azDanish),
    TK_STOPLIST("finnish", azFinnish),
    TK_STOPLIST("hungarian", azHungarian),
    TK_STOPLIST("indonesian", azIndonesian),
    TK_STOPLIST("norwegian", azNorwegian),
    TK_STOPLIST("polish", azPolish),
    TK_STOPLIST("romanian", azRomanian),
    TK_STOPLIST("swedish", azSwedish),
    TK_STOPLIST("turkish", azTurkish),
};

const size_t tk_stem__nShortList =
    sizeof(tk_stem__aShortList) / sizeof(tk_stem__aShortList[0]);
