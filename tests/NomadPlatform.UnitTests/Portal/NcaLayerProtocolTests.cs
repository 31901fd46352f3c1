using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.Json;
using NomadPlatform.Eds;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.NcaLayer;
using NomadPlatform.UnitTests.Eds;

namespace NomadPlatform.UnitTests.Portal;

/// <summary>The development signer answers NCALayer's commonUtils requests as pages send them.</summary>
public sealed class NcaLayerProtocolTests : IClassFixture<TestPki>, IDisposable
{
    readonly EdsKeyFile _authentication;
    readonly EdsKeyFile _signing;
    readonly NcaLayerKeys _keys;

    public NcaLayerProtocolTests(TestPki pki)
    {
        _authentication = TestPki.IssueFileKey(pki.National, EdsKeyAlgorithm.Rsa, EdsPurpose.Authentication);
        _signing = TestPki.IssueFileKey(pki.National, EdsKeyAlgorithm.Rsa, EdsPurpose.Signing);
        _keys = new NcaLayerKeys(_authentication, _signing);
    }

    [Fact]
    public void A_new_connection_is_greeted_with_the_version_as_NCALayer_greets()
    {
        using var greeting = JsonDocument.Parse(NcaLayerProtocol.Greeting);
        Assert.Equal("1.4", greeting.RootElement.GetProperty("result").GetProperty("version").GetString());
    }

    [Fact]
    public void A_sign_in_challenge_is_signed_attached_with_the_authentication_key()
    {
        var challenge = Encoding.UTF8.GetBytes("challenge-123");
        var cms = Signed(Request("AUTHENTICATION", challenge, attach: true));
        Assert.False(cms.Detached);
        Assert.Equal(challenge, cms.ContentInfo.Content);
        Assert.Equal(_authentication.Certificate.SerialNumber, cms.SignerInfos[0].Certificate!.SerialNumber);
        cms.CheckSignature(verifySignatureOnly: true);
    }

    [Fact]
    public void A_manifest_is_signed_detached_with_the_signing_key()
    {
        var manifest = Encoding.UTF8.GetBytes("""{"iin":"791028302728"}""");
        var answer = JsonDocument.Parse(NcaLayerProtocol.Answer(Request("SIGNATURE", manifest, attach: false), _keys, TestPki.Now)).RootElement;
        var cms = new SignedCms(new ContentInfo(manifest), detached: true);
        cms.Decode(Convert.FromBase64String(answer.GetProperty("responseObject").GetString()!));
        Assert.Equal(_signing.Certificate.SerialNumber, cms.SignerInfos[0].Certificate!.SerialNumber);
        cms.CheckSignature(verifySignatureOnly: true);
    }

    [Theory]
    [InlineData("""{"module":"kz.gov.pki.knca.basics","method":"sign","args":[]}""")]
    [InlineData("""{"module":"kz.gov.pki.knca.commonUtils","method":"signXml","args":["PKCS12","SIGNATURE","<a/>","",""]}""")]
    [InlineData("""{"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":["AKKaztokenStore","SIGNATURE","AA==",false]}""")]
    [InlineData("""{"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":["PKCS12","SIGNATURE","not base64!",false]}""")]
    [InlineData("not json")]
    public void What_it_does_not_serve_is_answered_with_code_500_and_a_reason(string request)
    {
        var answer = JsonDocument.Parse(NcaLayerProtocol.Answer(request, _keys, TestPki.Now)).RootElement;
        Assert.Equal("500", answer.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("message").GetString()));
    }

    [Fact]
    public void Without_a_key_of_the_asked_type_the_signing_is_cancelled_as_a_person_would()
    {
        var answer = JsonDocument.Parse(NcaLayerProtocol.Answer(Request("AUTHENTICATION", [1], true), new NcaLayerKeys(signing: _signing), TestPki.Now)).RootElement;
        Assert.Equal("action.canceled", answer.GetProperty("message").GetString());
    }

    SignedCms Signed(string request)
    {
        var answer = JsonDocument.Parse(NcaLayerProtocol.Answer(request, _keys, TestPki.Now)).RootElement;
        Assert.Equal("200", answer.GetProperty("code").GetString());
        var cms = new SignedCms();
        cms.Decode(Convert.FromBase64String(answer.GetProperty("responseObject").GetString()!));
        return cms;
    }

    static string Request(string keyType, byte[] data, bool attach) => JsonSerializer.Serialize(new
    {
        module = NcaLayerProtocol.Module,
        method = "createCAdESFromBase64",
        args = new object[] { "PKCS12", keyType, Convert.ToBase64String(data), attach },
    });

    public void Dispose()
    {
        _authentication.Dispose();
        _signing.Dispose();
    }
}
