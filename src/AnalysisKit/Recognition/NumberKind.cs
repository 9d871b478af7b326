namespace AnalysisKit.Recognition;

/// <summary>
/// What a recognized figure is. Only <see cref="Count"/> can become a claim; every other kind
/// is recognized so that it never passes for a count (spec: "What is not a claim").
/// </summary>
public enum NumberKind
{
    /// <summary>A quantity of something: <c>12,400 soldiers</c>, <c>2.35 million</c>, <c>seven hundred</c>.</summary>
    Count,

    /// <summary><c>10%</c>, <c>50 percent</c>, <c>3 percentage points</c>.</summary>
    Percent,

    /// <summary><c>fivefold</c>, <c>three times</c>, <c>doubled</c>, <c>twice</c>.</summary>
    Multiplier,

    /// <summary>A calendar year or a range of years: <c>2022</c>, <c>2022-2023</c>, <c>the 1990s</c>.</summary>
    Year,

    /// <summary>A calendar date: <c>November 21</c>, <c>Aug. 30</c>, <c>30 August 2024</c>, <c>21.11.2024</c>.</summary>
    Date,

    /// <summary><c>123rd</c>, <c>fourth</c>, <c>twenty-first</c>.</summary>
    Ordinal,

    /// <summary>A person's age: <c>aged 35</c>, <c>35-year-old</c>, <c>the average age ... just 35</c>.</summary>
    Age,

    /// <summary>A length of time: <c>five to ten years</c>, <c>24 hours</c>, <c>every two minutes</c>.</summary>
    Duration,

    /// <summary>A sum of money: <c>$1.2 million</c>, <c>UAH 17,000</c>, <c>5 million rubles</c>, <c>€300</c>.</summary>
    Money,

    /// <summary>A measured quantity with its unit: <c>40 km</c>, <c>12 tonnes</c>, <c>3.5 litres</c>, <c>600 hectares</c>.</summary>
    Quantity,

    /// <summary>A numbered item: law articles (<c>Article 408</c>), <c>No. 5</c>, <c>Brigade 47</c>, <c>28-point plan</c>.</summary>
    Reference,
}
