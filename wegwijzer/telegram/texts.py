"""What the bot says besides the assistant's answers: plain Dutch, short sentences, "u"."""

from __future__ import annotations

START_MORE = ("Of kies hieronder een voorbeeldvraag.\n"
              "Alle onderwerpen: /onderwerpen\n"
              "Wat wij bewaren: /privacy")

HELP = ("Zo werkt Wegwijzer:\n"
        "1. Typ uw vraag in een zin. Bijvoorbeeld: Ik heb schulden.\n"
        "2. U krijgt antwoord: waar u terecht kunt en wat u kunt doen.\n"
        "3. Weet ik het niet zeker? Dan kiest u zelf met een knop.\n\n"
        "/start - opnieuw beginnen\n"
        "/onderwerpen - kies een onderwerp\n"
        "/privacy - wat wij wel en niet bewaren\n\n"
        "In een groep antwoord ik alleen als u mij noemt met @ of op mijn bericht reageert.\n\n"
        "Bent u in direct gevaar? Bel 112.")

PRIVACY = ("Wat bewaart Wegwijzer?\n"
           "- Alleen een telling zonder namen: over welk onderwerp een vraag ging. "
           "En of een antwoord nuttig was.\n"
           "- Nooit de tekst van uw vraag.\n"
           "- Nooit uw naam, gebruikersnaam, telefoonnummer of chat-nummer.\n\n"
           "Let op: uw berichten staan wel in Telegram zelf. Telegram is een bedrijf, "
           "niet de gemeente. U kunt deze chat in Telegram wissen. "
           "Liever niet via Telegram? Stel uw vraag dan op de website van de gemeente.")

ONLY_TEXT = "Ik kan alleen tekst lezen. Typ uw vraag in een zin."
ASK_QUESTION = "Wat is uw vraag? Typ die in een zin."
UNKNOWN_COMMAND = "Die opdracht ken ik niet. Typ uw vraag in een zin. Of kies /help."
RATE_LIMITED = ("U stuurt veel berichten kort na elkaar. Wacht een minuut. "
                "Daarna kunt u weer een vraag stellen.")
SORRY = "Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw."

FEEDBACK_QUESTION = "Was dit nuttig?"
YES, NO = "Ja", "Nee"
THANKS = "Dank u wel. Met uw reactie maken wij Wegwijzer beter."

TOPICS_INTRO = "Kies een onderwerp."
TOPIC_SERVICES = "{title}. Kies wat bij uw vraag past."
BACK_TO_TOPICS = "« Alle onderwerpen"
CHOICE_GONE = "Deze keuze bestaat niet meer. Typ uw vraag opnieuw."

# Menu entries for setMyCommands (command, description).
COMMANDS = (
    ("start", "Beginnen, met voorbeeldvragen"),
    ("onderwerpen", "Kies een onderwerp"),
    ("help", "Hoe werkt Wegwijzer?"),
    ("privacy", "Wat wij wel en niet bewaren"),
)

# Messages for staff on the terminal (stderr) when `wegwijzer bot` cannot start.
MISSING_TOKEN = ("Geen Telegram-token gevonden. Maak een bot bij @BotFather in Telegram, "
                 "zet het token in de omgevingsvariabele TELEGRAM_BOT_TOKEN en start opnieuw.")
TOKEN_REJECTED = ("Telegram weigert het token in TELEGRAM_BOT_TOKEN. Controleer het token "
                  "bij @BotFather (opdracht /token) en start opnieuw.")
UNREACHABLE = ("De Telegram-server is niet bereikbaar ({url}). Controleer de verbinding "
               "en TELEGRAM_API_BASE_URL, en start opnieuw.")
