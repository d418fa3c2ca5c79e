/*
** ner_world.h -- copies of CoNLL documents whose people get names from
** the rest of the world, given name first (ext/tools/ner_train.c
** --world-share P):
**
**   int iTurn = 0;
**   Doc copy;
**   if (worldCopy(&aDoc[i], &iTurn, &copy)) ...;  // 1: a copy made
**
** The 1996 training text names few people from Africa, South Asia, the
** Middle East, Eastern Europe, Central Asia or Latin America, and the
** tagger reads such names it never saw ("Kassym-Jomart Tokayev", a name
** with "ă" or "ç") as organizations as often as people.  Each PERSON span
** of two words or more gets a name made in turn in one of eight styles:
** Arabic, West African, East and Southern African, South Asian, Slavic
** and Romanian (with their diacritics), Turkish and Central Asian,
** Spanish and Portuguese (every other one with two surnames: "Ana
** Fernández Ruiz"), Persian and Southeast Asian.  A one-word PERSON span
** that is the last word of a replaced name becomes the new name's
** surname (the first of two), as news refers to people
** (ner_person_copies.h).  The names below are common given names and
** surnames of each region, written for textkit.  None is an ordinary
** English word ("Sow"), a language or nationality ("Zulu") or a city of
** 100,000 people or more ("Medina") by the typed gazetteers, so that the
** copies teach no such word to be a person; and no word of a PERSON name
** of the present-day DEV and TEST sets is among them.
** tests/unit/test_ner_world.c checks both.
*/
#ifndef NER_WORLD_H
#define NER_WORLD_H

#include "ner_person_copies.h"

#define WORLD_STYLES 8

static const char *const WORLD_ARABIC_GIVEN[] = {
    "Khalid", "Youssef", "Tariq", "Nabil",  "Rami",  "Samir",
    "Fatima", "Leila",   "Amina", "Nour",   "Rania", "Lubna",
    "Salma",  "Bassam",  "Ziad",  "Huda",   "Mona",  "Yasmin",
    "Adel",   "Jamal",   "Saeed", "Hisham", "Nizar", "Marwan"};

static const char *const WORLD_ARABIC_SURNAMES[] = {
    "Mansour", "Khoury",   "Nasser",   "Saleh",     "Barakat", "Qasim",
    "al-Amin", "al-Shami", "el-Sayed", "Darwish",   "Abboud",  "Hariri",
    "Shalabi", "Sabbagh",  "Zaki",     "al-Otaibi", "Farouk",  "Tamimi",
    "Awad",    "Nassar",   "Habib",    "Shaheen",   "Azzam",   "Rifai"};

static const char *const WORLD_WEST_AFRICAN_GIVEN[] = {
    "Chukwuemeka", "Oluwaseun", "Kwame",   "Kofi",    "Abena",    "Amadou",
    "Moussa",      "Fatou",     "Aminata", "Mamadou", "Chiamaka", "Emeka",
    "Babajide",    "Kwabena",   "Kwesi",   "Ikenna",  "Folake",   "Adaeze",
    "Seydou",      "Awa",       "Efua",    "Tunde",   "Obinna",   "Yetunde"};

static const char *const WORLD_WEST_AFRICAN_SURNAMES[] = {
    "Okafor",   "Adeyemi",   "Okonkwo",   "Mensah",  "Boateng", "Asante",
    "Diallo",   "Coulibaly", "Keïta",     "Ndiaye",  "Sarr",    "Fofana",
    "Oyelaran", "Eze",       "Nwosu",     "Adjei",   "Owusu",   "Sané",
    "Cissé",    "Ogunleye",  "Babatunde", "Danjuma", "Kanu",    "Camara"};

static const char *const WORLD_EAST_AFRICAN_GIVEN[] = {
    "Thabo",   "Sipho",  "Lindiwe",  "Tendai", "Wanjiru", "Nomvula",
    "Themba",  "Zanele", "Tsitsi",   "Farai",  "Wambui",  "Otieno",
    "Njeri",   "Baraka", "Amani",    "Neema",  "Tadesse", "Abebe",
    "Meseret", "Lwazi",  "Thandeka", "Chipo",  "Kagiso",  "Mulugeta"};

static const char *const WORLD_EAST_AFRICAN_SURNAMES[] = {
    "Nkosi",     "Dlamini", "Mokoena",     "Ndlovu",   "Moyo",    "Kamau",
    "Mwangi",    "Ochieng", "Banda",       "Phiri",    "Mutua",   "Achieng",
    "Chikwanha", "Mbeki",   "Khumalo",     "Mthembu",  "Kiprono", "Wafula",
    "Tesfaye",   "Bekele",  "Gebremedhin", "Mahlangu", "Sithole", "Nyambura"};

static const char *const WORLD_SOUTH_ASIAN_GIVEN[] = {
    "Priya",  "Rajesh", "Deepak",  "Kavita", "Pooja",    "Ayesha",
    "Shahid", "Nadia",  "Vikram",  "Ananya", "Harpreet", "Manish",
    "Sneha",  "Tanvir", "Nasreen", "Kiran",  "Suresh",   "Rohan",
    "Meera",  "Aditya", "Lakshmi", "Naveen", "Shreya",   "Zubair"};

static const char *const WORLD_SOUTH_ASIAN_SURNAMES[] = {
    "Patel",     "Iyer",       "Reddy",    "Nair",     "Menon",   "Chatterjee",
    "Mukherjee", "Qureshi",    "Chaudhry", "Malik",    "Hussain", "Rao",
    "Joshi",     "Kulkarni",   "Desai",    "Siddiqui", "Rahman",  "Hossain",
    "Perera",    "Jayasuriya", "Pillai",   "Bhatt",    "Saxena",  "Trivedi"};

static const char *const WORLD_SLAVIC_GIVEN[] = {
    "Olena",   "Kateryna", "Krzysztof", "Małgorzata", "Tomasz",   "Agnieszka",
    "Jiří",    "Tomáš",    "Zuzana",    "Dragan",     "Jelena",   "Bogdan",
    "Mircea",  "Ioana",    "Sorin",     "Natalia",    "Irina",    "Bohdan",
    "Ludmila", "Miroslav", "Željko",    "Yaroslav",   "Wojciech", "Halyna"};

static const char *const WORLD_SLAVIC_SURNAMES[] = {
    "Kowalski",  "Nowak",          "Wiśniewski", "Wójcik",    "Bondarenko",
    "Kovalenko", "Tkachenko",      "Novák",      "Dvořák",    "Horváth",
    "Kovačević", "Petrović",       "Jovanović",  "Ionescu",   "Dumitrescu",
    "Smirnov",   "Sokolov",        "Lebedev",    "Kuznetsov", "Marchenko",
    "Lisowski",  "Constantinescu", "Babić",      "Stoica"};

static const char *const WORLD_TURKIC_GIVEN[] = {
    "Mehmet",  "Ayşe",     "Elif",   "Emre",  "Burak",  "Zeynep",
    "Selin",   "Kemal",    "Nurlan", "Aibek", "Daulet", "Askar",
    "Gulnara", "Saltanat", "Rustam", "Levan", "Giorgi", "Nino",
    "Tamar",   "Leyla",    "Çağla",  "Oğuz",  "Serkan", "Tolga"};

static const char *const WORLD_TURKIC_SURNAMES[] = {
    "Yılmaz",     "Kaya",     "Demir",    "Çelik",    "Yıldız",
    "Korkmaz",    "Öztürk",   "Arslan",   "Doğan",    "Abdullayev",
    "Mammadov",   "Karimov",  "Rahimov",  "Beridze",  "Gelashvili",
    "Kapanadze",  "Lomidze",  "Sargsyan", "Hakobyan", "Suleimenov",
    "Bekmuratov", "Kurtuluş", "Güneş",    "Koç"};

static const char *const WORLD_IBERIAN_GIVEN[] = {
    "Lucía", "Sofía",   "Diego",  "Alejandro", "Valentina", "Camila",
    "Mateo", "Joaquim", "João",   "Thiago",    "Gabriela",  "Fernanda",
    "Inés",  "Gonçalo", "Martín", "Paula",     "Ramón",     "Carmen",
    "Pablo", "Beatriz", "Tomás",  "Raquel",    "Lorena",    "Iván"};

static const char *const WORLD_IBERIAN_SURNAMES[] = {
    "Martínez", "Pérez",     "Gómez",   "Díaz",     "Álvarez",  "Ramírez",
    "Flores",   "Rojas",     "Vargas",  "Castillo", "Oliveira", "Souza",
    "Barbosa",  "Carvalho",  "Almeida", "Ruiz",     "Moreno",   "Gutiérrez",
    "Navarro",  "Domínguez", "Herrera", "Cabrera",  "Cortés",   "Serrano"};

static const char *const WORLD_PERSIAN_SEA_GIVEN[] = {
    "Reza",    "Hossein", "Zahra",   "Parisa", "Dariush",   "Farid",
    "Shirin",  "Budi",    "Siti",    "Agus",   "Dewi",      "Rizky",
    "Putri",   "Wahyu",   "Somchai", "Suthep", "Nattapong", "Maricel",
    "Jocelyn", "Arnel",   "Behrouz", "Golnaz", "Hendra",    "Kaveh"};

static const char *const WORLD_PERSIAN_SEA_SURNAMES[] = {
    "Hosseini", "Rezaei",    "Ahmadi",     "Karimi",     "Moradi",   "Jafari",
    "Sadeghi",  "Santoso",   "Wijaya",     "Susanto",    "Hidayat",  "Pratama",
    "Kusuma",   "Setiawan",  "Gunawan",    "Villanueva", "Bautista", "Ocampo",
    "Srisuk",   "Wongsawat", "Chaiyaporn", "Tehrani",    "Nurhadi",  "Rostami"};

/* The given names and surnames of each style, in style order. */
static const char *const *const WORLD_GIVEN[WORLD_STYLES] = {
    WORLD_ARABIC_GIVEN,      WORLD_WEST_AFRICAN_GIVEN, WORLD_EAST_AFRICAN_GIVEN,
    WORLD_SOUTH_ASIAN_GIVEN, WORLD_SLAVIC_GIVEN,       WORLD_TURKIC_GIVEN,
    WORLD_IBERIAN_GIVEN,     WORLD_PERSIAN_SEA_GIVEN};
static const char *const *const WORLD_SURNAMES[WORLD_STYLES] = {
    WORLD_ARABIC_SURNAMES,       WORLD_WEST_AFRICAN_SURNAMES,
    WORLD_EAST_AFRICAN_SURNAMES, WORLD_SOUTH_ASIAN_SURNAMES,
    WORLD_SLAVIC_SURNAMES,       WORLD_TURKIC_SURNAMES,
    WORLD_IBERIAN_SURNAMES,      WORLD_PERSIAN_SEA_SURNAMES};

/* Each list above has this many names. */
#define WORLD_LIST_LEN 24

/* The name of turn t into zFull and its short form (the surname, the first
** of two) into zShort, each of room nOut.  Given name and surname are
** taken from the turn by different strides, the surname's shifted
** each round of the given names, so every pair comes. */
static void worldName(unsigned t, char *zFull, char *zShort, size_t nOut) {
  unsigned s = t % WORLD_STYLES, k = t / WORLD_STYLES;
  const char *zGiven = WORLD_GIVEN[s][(k * 7) % WORLD_LIST_LEN];
  const char *zSur =
      WORLD_SURNAMES[s][(k * 5 + k / WORLD_LIST_LEN + 3) % WORLD_LIST_LEN];
  size_t n = 0;
  nameAppend(zFull, nOut, &n, zGiven, 0);
  nameAppend(zFull, nOut, &n, " ", 0);
  nameAppend(zFull, nOut, &n, zSur, 0);
  if (s == 6 && k % 2) { /* Spanish and Portuguese: two surnames */
    nameAppend(zFull, nOut, &n, " ", 0);
    nameAppend(zFull, nOut, &n,
               WORLD_SURNAMES[s][(k * 11 + 7) % WORLD_LIST_LEN], 0);
  }
  size_t m = 0;
  nameAppend(zShort, nOut, &m, zSur, 0);
}

/* A copy of document d into *pCopy whose people have names of the world
** of turns *piTurn on (ner_person_copies.h).  1 when a name was
** replaced. */
static int worldCopy(const Doc *d, int *piTurn, Doc *pCopy) {
  return personCopy(d, piTurn, worldName, pCopy);
}

#endif /* NER_WORLD_H */
