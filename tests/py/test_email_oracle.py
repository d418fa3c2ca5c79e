"""test_email_oracle.py -- text_email() against Python's email package on
random messages (fixed seed): subjects, senders and recipients with
non-ASCII names (encoded words), bodies in UTF-8, ISO-8859-1,
Windows-1251 or Shift_JIS, sent 7bit, 8bit, quoted-printable or base64,
as a plain part, an HTML part only, both (multipart/alternative), and
inside multipart/mixed behind a text attachment that must be passed over.
Every message must give the subject, From, To and body text that
email.message_from_bytes(policy=default) gives (get_body('plain',
'html').get_content()), and its Date as "YYYY-MM-DD HH:MM:SS+hh:mm".  Then
an mbox written by the mailbox module: the same messages in order; and
input that is no mail at all, which still gives one row."""
import email
import email.policy
import email.utils
import mailbox
import os
import random
import tempfile
import unittest
from email.message import EmailMessage

from tk_harness import connect, main

TEXTS = {"utf-8": "Angela Merkel met Zoë Müller in Genève; “prices rose” by 3 €.\n",
         "iso-8859-1": "Le café de Zürich a augmenté ses prix.\nÀ demain.\n",
         "windows-1251": "Городские власти сообщили, что мост откроется осенью.\n",
         "shift_jis": "新しい橋の開通は秋にずれ込む。\n"}
NAMES = ["Zoë Müller", "José Álvarez", "Анна Петрова", "John Smith", "山田 太郎"]


def random_message(rng, k):
    """(EmailMessage, the plain or HTML text it carries, 'plain'|'html')."""
    m = EmailMessage()
    m["Subject"] = f"{k}: " + rng.choice(["Bridge report", "Café prices in Zürich",
                                          "Мост через реку", "会議の件", "Re: the plan"])
    m["From"] = email.utils.formataddr((rng.choice(NAMES), "a@example.com"))
    m["To"] = email.utils.formataddr((rng.choice(NAMES), "b@example.org"))
    m["Date"] = email.utils.format_datetime(
        email.utils.localtime().replace(year=1990 + k % 30, month=1 + k % 12,
                                        day=1 + k % 28, hour=k % 24, minute=k % 60,
                                        second=(7 * k) % 60, microsecond=0))
    charset = rng.choice(list(TEXTS))
    text = TEXTS[charset] * rng.randint(1, 40)
    cte = rng.choice(["quoted-printable", "base64", "8bit", None])
    if charset == "utf-8" and cte == "8bit" and rng.random() < 0.5:
        cte = None
    shape = rng.choice(["plain", "html", "alternative", "mixed"])
    html = "<p>" + text.replace("\n", "<br>") + "</p>"
    if shape == "html":
        m.set_content(html, subtype="html", charset=charset, cte=cte)
        return m, html, "html"
    if shape == "mixed":  # a text attachment first: passed over
        m.set_content(text, charset=charset, cte=cte)
        m.add_attachment("not this one\n", filename="notes.txt")
        m.add_attachment(b"\x00\x01", maintype="application", subtype="octet-stream",
                         filename="x.bin")
        return m, text, "plain"
    m.set_content(text, charset=charset, cte=cte)
    if shape == "alternative":
        m.add_alternative(html, subtype="html")
    return m, text, "plain"


def expected(raw):
    """(subject, from, to, date, text, html) as Python's email reads raw."""
    m = email.message_from_bytes(raw, policy=email.policy.default)
    body = m.get_body(preferencelist=("plain", "html"))
    d = email.utils.parsedate_to_datetime(m["Date"])
    off = d.strftime("%z")
    date = d.strftime("%Y-%m-%d %H:%M:%S") + f"{off[0]}{off[1:3]}:{off[3:5]}"
    return (str(m["Subject"]), str(m["From"]), str(m["To"]), date, body.get_content(),
            int(body.get_content_subtype() == "html"))


class EmailOracle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.db = connect()

    def rows(self, data):
        return self.db.execute("SELECT message, subject, sender, recipients, date, text, html "
                               "FROM text_email(?)", (data,)).fetchall()

    def test_random_messages_read_as_python_reads_them(self):
        rng = random.Random(4)
        for k in range(200):
            m, _, _ = random_message(rng, k)
            raw = m.as_bytes()
            got = self.rows(raw)
            self.assertEqual(len(got), 1, k)
            self.assertEqual(got[0][1:], expected(raw), (k, raw[:300]))

    def test_crlf_line_ends(self):
        m, text, _ = random_message(random.Random(9), 3)
        raw = m.as_bytes(policy=email.policy.SMTP)  # \r\n everywhere
        got = self.rows(raw)[0]
        want = expected(raw)
        self.assertEqual(got[1:5], want[:4])
        self.assertEqual(got[5].replace("\r\n", "\n"), want[4].replace("\r\n", "\n"))

    def test_mbox(self):
        rng = random.Random(5)
        msgs = [random_message(rng, k)[0] for k in range(30)]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "inbox.mbox")
            box = mailbox.mbox(path)
            for m in msgs:
                box.add(m)
            box.flush()
            box.close()
            with open(path, "rb") as f:
                data = f.read()
            got = self.rows(data)
            self.assertEqual([r[0] for r in got], list(range(1, 31)))
            for r, m in zip(got, mailbox.mbox(path)):
                self.assertEqual(r[1:4], expected(m.as_bytes())[:3])

    def test_not_mail_and_missing_parts(self):
        self.assertEqual(self.rows(b"just a line of text"),
                         [(1, "", "", "", None, "", 0)])
        self.assertEqual(self.rows(b"Subject: only headers"),
                         [(1, "only headers", "", "", None, "", 0)])
        self.assertEqual(self.rows(b""), [])
        self.assertEqual(self.db.execute("SELECT count(*) FROM text_email(NULL)").fetchone(), (0,))
        # a date that does not parse stays as written
        self.assertEqual(self.rows(b"Date: sometime in May\n\nhi")[0][4:6],
                         ("sometime in May", "hi"))


if __name__ == "__main__":
    main()
