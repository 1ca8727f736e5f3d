package dev.ariadne.extract.rules.internal;

import static dev.ariadne.extract.rules.internal.Extracting.extract;
import static dev.ariadne.extract.rules.internal.Extracting.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

class DateRulesTest {

    private static List<String> dates(String text) {
        return of(text, EntityType.DATE);
    }

    @Test
    void absoluteDatesInTheCommonForms() {
        assertThat(dates("The summit opens on 28 November 2026 in Berlin.")).containsExactly("28 November 2026=2026-11-28");
        assertThat(dates("It opened on November 28, 2026, officials said.")).containsExactly("November 28, 2026=2026-11-28");
        assertThat(dates("Talks resumed on Nov. 28 after a pause.")).containsExactly("Nov. 28=2026-11-28");
        assertThat(dates("The file is dated 2026-11-28.")).containsExactly("2026-11-28=2026-11-28");
        assertThat(dates("Signed on 28/11/2026 in Geneva.")).containsExactly("28/11/2026=2026-11-28");
        assertThat(dates("Signed on Thursday, 26 November 2026 in Geneva."))
                .containsExactly("Thursday, 26 November 2026=2026-11-26");
        assertThat(dates("in March 2024")).containsExactly("March 2024=2024-03");
    }

    @Test
    void offsetsAreUtf16IntoTheText() {
        String text = "Émigrés 🙂 met on 3 May 2025.";
        Mention m = extract(text).stream().filter(x -> x.type() == EntityType.DATE).findFirst().orElseThrow();
        assertThat(text.substring(m.start(), m.end())).isEqualTo("3 May 2025");
        assertThat(m.start()).isEqualTo(text.indexOf("3 May"));
        assertThat(m.normalized()).isEqualTo("2025-05-03");
        assertThat(m.source()).isEqualTo("rules/" + RulesExtractor.VERSION);
        assertThat(m.documentId()).isEqualTo("doc");
    }

    @Test
    void numericDatesReadDayFirstUnlessTheTextIsAmerican() {
        assertThat(dates("Due 03/04/2026.")).containsExactly("03/04/2026=2026-04-03");
        assertThat(dates("On March 2, 2026 they said the deadline was 03/04/2026."))
                .containsExactly("March 2, 2026=2026-03-02", "03/04/2026=2026-03-04");
        assertThat(dates("Due 11/28/2026.")).containsExactly("11/28/2026=2026-11-28");
        assertThat(dates("A score of 3/4/5 is not a date.")).isEmpty();
    }

    @Test
    void decadesYearsAndRanges() {
        assertThat(dates("Since the 1990s the border has moved.")).containsExactly("1990s=1990/1999");
        assertThat(dates("In 2024 the war went on.")).containsExactly("2024=2024");
        assertThat(dates("Between 2019 and 2021 exports fell.")).containsExactly("2019=2019", "2021=2021");
        assertThat(dates("from 2019 to 2023")).containsExactly("2019=2019", "2023=2023");
        assertThat(dates("The plan for 2019-2021 was dropped.")).containsExactly("2019-2021=2019/2021");
        assertThat(dates("The talks on March 3-5 ended.")).containsExactly("March 3-5=2026-03-03/2026-03-05");
        assertThat(dates("The talks on 3-5 March 2025 ended.")).containsExactly("3-5 March 2025=2025-03-03/2025-03-05");
    }

    @Test
    void yearsOnlyInDateContext() {
        assertThat(dates("The army lost 2024 tanks and 1500 trucks.")).isEmpty();
        assertThat(dates("Room 2024 was empty.")).isEmpty();
        assertThat(dates("Out of 2000 people, few voted.")).isEmpty();
    }

    @Test
    void times() {
        assertThat(dates("The vote closes at 3 p.m. on Friday.")).containsExactly("3 p.m.=T15:00", "Friday=2026-11-27");
        assertThat(dates("The strike began at 15:30 CET.")).containsExactly("15:30 CET=T15:30");
        assertThat(dates("Sirens sounded at 0800 GMT.")).containsExactly("0800 GMT=T08:00Z");
        assertThat(dates("The score was 2:1 at half time.")).isEmpty();
    }

    @Test
    void durationsKeepApproximatorsButNotFocusParticles() {
        assertThat(dates("The conflict has lasted almost 30 years.")).containsExactly("almost 30 years=P30Y");
        assertThat(dates("They had only two weeks to leave.")).containsExactly("two weeks=P2W");
        assertThat(dates("Shelling went on for 5-6 hours.")).containsExactly("5-6 hours=PT5H/PT6H");
        assertThat(dates("A two-day visit.")).containsExactly("two-day=P2D");
        assertThat(dates("over the past three years")).containsExactly("past three years=P3Y");
        assertThat(dates("The 30-year-old was held.")).isEmpty();
        assertThat(dates("drills scheduled to last two days")).containsExactly("two days=P2D");
        assertThat(dates("aftershocks in the following three months")).containsExactly("following three months=P3M");
        assertThat(dates("trade worth $10 million a year before 2019")).containsExactly("2019=2019");
        assertThat(dates("came a week after the vote")).containsExactly("a week=P1W");
    }

    @Test
    void relativeDatesResolveAgainstTheDocumentDate() {
        // the document date is Saturday 28 November 2026
        assertThat(dates("The minister resigned on Thursday.")).containsExactly("Thursday=2026-11-26");
        assertThat(dates("The minister will resign on Thursday.")).containsExactly("Thursday=2026-12-03");
        assertThat(dates("The ministry said on Thursday it will raise rates.")).containsExactly("Thursday=2026-11-26");
        assertThat(dates("Talks will resume on Monday, officials said.")).containsExactly("Monday=2026-11-30");
        assertThat(dates("He spoke yesterday.")).containsExactly("yesterday=2026-11-27");
        assertThat(dates("Prices rose last week.")).containsExactly("last week=2026-W47");
        assertThat(dates("Talks resume next month.")).containsExactly("next month=2026-12");
        assertThat(dates("He will campaign for the next fortnight.")).containsExactly("next fortnight=2026-11-29/2026-12-12");
        assertThat(dates("Two years ago the deal collapsed.")).containsExactly("Two years ago=2024");
        assertThat(dates("He left earlier this month.")).containsExactly("this month=2026-11");
        assertThat(dates("Two months later, a year earlier.")).containsExactly("Two months later=P2M", "a year earlier=P1Y");
        assertThat(dates("for another 90 days")).containsExactly("another 90 days=P90D");
        assertThat(dates("over the next 12 months")).containsExactly("next 12 months=P12M");
        assertThat(dates("for decades, in recent years, for weeks, several years")).isEmpty();
        assertThat(dates("until the end of March")).containsExactly("end of March=2026-03");
        assertThat(dates("in the first quarter of 2026")).containsExactly("first quarter of 2026=2026-Q1");
        assertThat(dates("on Christmas Day")).containsExactly("Christmas Day=2026-12-25");
        assertThat(Extracting.all("flights to Christmas Island")).containsExactly("LOCATION:Christmas Island");
        assertThat(dates("The election is in May.")).containsExactly("May=2026-05");
    }

    @Test
    void relativeDatesWithoutADocumentDateHaveNoValue() {
        List<Mention> m = extract("He spoke yesterday.", null);
        assertThat(m).extracting(Mention::text).containsExactly("yesterday");
        assertThat(m.get(0).normalized()).isNull();
    }

    @Test
    void monthsAndWeekdayWordsInPlainProseAreNotDates() {
        assertThat(dates("Protesters march on the capital; they may win.")).isEmpty();
        assertThat(dates("Theresa May said March was not an option for Good Friday talks.")).isEmpty();
        assertThat(dates("May I ask whether the march will go ahead?")).isEmpty();
    }
}
