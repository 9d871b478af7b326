// Times, from process start, a bare CSharpKernel's construction and its first two cells: the least
// any runner on the real kernel can take before a notebook's first result.
using System.Diagnostics;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;

var start = Process.GetCurrentProcess().StartTime.ToUniversalTime();
string Since() => $"{(DateTime.UtcNow - start).TotalSeconds:F2} s";

var kernel = new CSharpKernel();
var constructed = Since();
await kernel.SendAsync(new SubmitCode("var articlesDir = \"../seeds\";"));
var firstCell = Since();
await kernel.SendAsync(new SubmitCode("articlesDir.Length"));
Console.WriteLine($"kernel constructed {constructed}, first cell {firstCell}, second cell {Since()}");
