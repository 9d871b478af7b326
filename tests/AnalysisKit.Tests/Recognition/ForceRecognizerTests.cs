using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class ForceRecognizerTests
{
    private static readonly ForceRecognizer Recognizer = new();

    // Sentence, figure, expected force ("" = the sentence names none).
    [Theory]
    [InlineData("between 300,000 and 500,000 Ukrainian soldiers have left their units", "300,000", "UA")]
    [InlineData("at least 133,000 Russian soldiers have died since the beginning of the war", "133,000", "RU")]
    [InlineData("approximately 15,000 to 18,000 deserters had left Ukrainian military forces each month", "15,000", "UA")]
    [InlineData("over 25,000 soldiers and officers abandoned units in the Central Military District.", "25,000", "RU")]
    [InlineData("HUR also recorded over 30 cases of defections with weapons.", "30", "RU")]
    [InlineData("Ukrainian intelligence says 20,000 Russian troops deserted.", "20,000", "RU")]
    [InlineData("Russian officials claim 500,000 AFU soldiers deserted.", "500,000", "UA")]
    [InlineData("Courts in Russia convicted 1,500 contract soldiers; the Russian army denies it.", "1,500", "RU")]
    [InlineData("400,000 cases of desertion from the Ukrainian military since the invasion by the Russian Federation", "400,000", "UA")]
    [InlineData("Prosecutors registered 21,000 SZCh cases.", "21,000", "UA")]
    [InlineData("Russian desertions rose: 11,500 cases were heard in 2024.", "11,500", "RU")]
    // A nationality before a counting body names the force it counts.
    [InlineData("Ukrainian investigators opened 9,000 absence cases in May.", "9,000", "UA")]
    [InlineData("Ukraine's desertion cases reached 4,000 last month.", "4,000", "UA")]
    [InlineData("Russia's military courts sentenced 700 soldiers.", "700", "RU")]
    // Signing up with a ministry joins its force.
    [InlineData("Some 50,000 men have signed contracts with the Russian Defence Ministry this year.", "50,000", "RU")]
    // A state as the subject of the sentence counts its own soldiers when nothing more explicit is said.
    [InlineData("Moscow, facing heavy losses, says it recruited 300,000 volunteers in a year.", "300,000", "RU")]
    [InlineData("Ukraine says it drafted 25,000 men in May.", "25,000", "UA")]
    // Enemy action is not the counted subject.
    [InlineData("Desertions hit 5,000 as Russian forces push toward the city.", "5,000", "")]
    // Nations, ministries and security services as sources say nothing about whose soldiers.
    [InlineData("Maria Zakharova of the Russian Foreign Ministry said 15,000 deserted.", "15,000", "")]
    [InlineData("A report by Russian security forces says 300,000 left.", "300,000", "")]
    [InlineData("Ukraine reports 60,000 cases.", "60,000", "")]
    public void Reads_the_force_a_sentence_gives_a_figure(string sentence, string figure, string force)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.Equal(force, Recognizer.InSentence(sentence, at, at + figure.Length)?.ToSpec() ?? "");
    }

    [Theory]
    [InlineData("The Ukrainian armed forces struggle.|Ukrainian soldiers leave.|HUR says the Russian army suffers.|Russian soldiers flee.|The Central Military District lost 25,000.", "UA")]
    [InlineData("Russian troops desert.|The Russian army is short of men.|Ukrainian forces advance.", "RU")]
    [InlineData("Desertion is rising.|Nothing else here.|Or here.|Russian troops desert.", "RU")]
    [InlineData("Nothing about soldiers here.", "UA")]
    [InlineData("Prosecutors count absences.|Russian forces advance near the city.|Russian troops pressed on in the south.", "UA")]
    public void The_lead_decides_the_dominant_force_then_the_whole_article(string sentences, string force) =>
        Assert.Equal(force, Recognizer.Dominant(sentences.Split('|')).ToSpec());
}
