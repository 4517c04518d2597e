using System.Reflection;
using System.Text;
using FollowUp.Email.Rendering.Model;

namespace FollowUp.Email.Rendering;

/// <summary>Every merge-field name the template model declares, as templates spell them (snake_case).</summary>
internal static class ModelMembers
{
    public static HashSet<string> SnakeCaseNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "body" };
        var types = typeof(EmailModel).Assembly.GetTypes().Where(t => t.Namespace == typeof(EmailModel).Namespace);
        foreach (var property in types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            names.Add(SnakeCase(property.Name));
        }

        return names;
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
