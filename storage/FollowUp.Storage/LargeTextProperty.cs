using Azure.Data.Tables;

namespace FollowUp.Storage;

/// <summary>
/// A string property may hold at most 64 KiB (32 K UTF-16 characters) while a row may hold 1 MiB, and
/// a report with long feedback can outgrow one property: the text is spread over <c>Name</c>,
/// <c>Name1</c>, <c>Name2</c>….
/// </summary>
internal static class LargeTextProperty
{
    private const int ChunkLength = 30_000;

    // 1 MiB per row leaves room for about 16 full chunks; past that the write would fail anyway.
    private const int MaxChunks = 16;

    public static void Write(TableEntity entity, string name, string text)
    {
        var index = 0;
        var start = 0;
        do
        {
            var length = Math.Min(ChunkLength, text.Length - start);

            // A chunk must be valid UTF-16 on its own: never split an emoji's surrogate pair.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            entity[index == 0 ? name : name + index] = text.Substring(start, length);
            start += length;
            index++;
        }
        while (start < text.Length && index < MaxChunks);

        if (start < text.Length)
        {
            throw new InvalidOperationException($"{name} is {text.Length} characters; a table row holds at most about {MaxChunks * ChunkLength}.");
        }
    }

    public static string? Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        if (first is null || !entity.ContainsKey(name + 1))
        {
            return first;
        }

        var parts = new List<string> { first };
        for (var i = 1; entity.GetString(name + i) is { } part; i++)
        {
            parts.Add(part);
        }

        return string.Concat(parts);
    }
}
