using NomadPlatform.Eds;

namespace NomadPlatform.NcaLayer;

/// <summary>
/// The keys a person's NCALayer would find in their key files: one for authentication (sign-in) and one
/// for signing, chosen by the key type a page asks for. A page that names neither gets the signing key.
/// </summary>
public sealed class NcaLayerKeys
{
    EdsKeyFile? _authentication;
    EdsKeyFile? _signing;
    readonly Lock _gate = new();

    public NcaLayerKeys(EdsKeyFile? authentication = null, EdsKeyFile? signing = null) => Use(authentication, signing);

    /// <summary>Swaps the key files in (a test moving on to another person, a renewed key).</summary>
    public void Use(EdsKeyFile? authentication, EdsKeyFile? signing)
    {
        lock (_gate) (_authentication, _signing) = (authentication, signing);
    }

    public EdsKeyFile? For(string? keyType)
    {
        lock (_gate)
            return string.Equals(keyType, "AUTHENTICATION", StringComparison.OrdinalIgnoreCase) ? _authentication : _signing;
    }
}
