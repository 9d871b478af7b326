using System.Reflection;
using Xunit.Sdk;

namespace AnalysisKit.Tests.Recognition;

/// <summary>Makes every case of a number spec file a test case: a new case is a data edit.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class NumberSpecAttribute(string file) : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        NumberSpecCase.Load(file).Select(c => new object[] { c });
}
