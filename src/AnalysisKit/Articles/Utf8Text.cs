using System.Text;

namespace AnalysisKit.Articles;

// Reads text files the kit accepts: UTF-8 with or without a BOM, nothing else. Errors name the
// line of the offending byte, because a corpus scraped from many sites is where such bytes hide.
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw AnalysisKitException.InFile($"cannot read file: {e.Message}", path, inner: e);
        }
        return Decode(bytes, path);
    }

    // The BOM is dropped so that offsets count characters of the text proper.
    public static string Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            throw AnalysisKitException.InFile("file is UTF-16; save it as UTF-8", file, 1);

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw AnalysisKitException.InFile($"binary file (NUL byte at offset {nul}), expected UTF-8 text", file, LineOf(bytes, nul));

        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes[bom..]);
        }
        catch (DecoderFallbackException e)
        {
            int bad = bom + FirstInvalid(bytes[bom..]);
            throw AnalysisKitException.InFile($"invalid UTF-8 (byte 0x{bytes[bad]:X2} at offset {bad})", file, LineOf(bytes, bad), e);
        }
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed))
                return i;
            i += consumed;
        }
        return bytes.Length - 1;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => 1 + bytes[..index].Count((byte)'\n');
}
