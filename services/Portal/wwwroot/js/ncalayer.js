// A client of NCALayer's WebSocket protocol (module kz.gov.pki.knca.commonUtils): the person's own
// signer on their machine signs; the portal never sees a key.
(function (global) {
  "use strict";

  class NcaLayer {
    constructor(url) {
      this.url = url;
      this.socket = null;
    }

    // Resolves with NCALayer's version once its greeting arrives.
    connect() {
      return new Promise((resolve, reject) => {
        const socket = new WebSocket(this.url);
        socket.onerror = () => reject(new Error("unreachable"));
        socket.onclose = () => reject(new Error("closed"));
        socket.onmessage = (message) => {
          const greeting = JSON.parse(message.data);
          if (greeting.result && greeting.result.version) {
            this.socket = socket;
            resolve(greeting.result.version);
          } else {
            reject(new Error("not NCALayer"));
          }
        };
      });
    }

    call(method, args) {
      return new Promise((resolve, reject) => {
        this.socket.onerror = () => reject(new Error("unreachable"));
        this.socket.onclose = () => reject(new Error("closed"));
        this.socket.onmessage = (message) => {
          const answer = JSON.parse(message.data);
          if (answer.code === "200") resolve(answer.responseObject);
          else reject(new Error(answer.message || answer.code));
        };
        this.socket.send(JSON.stringify({ module: "kz.gov.pki.knca.commonUtils", method: method, args: args }));
      });
    }

    // A CMS (CAdES) signature of base64 data with the key of the given type, the data attached or not.
    createCAdESFromBase64(keyType, base64, attach) {
      return this.call("createCAdESFromBase64", ["PKCS12", keyType, base64, attach]);
    }

    close() {
      if (this.socket) this.socket.close();
    }
  }

  global.NcaLayer = NcaLayer;
})(window);
