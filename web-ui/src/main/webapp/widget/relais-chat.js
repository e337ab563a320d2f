/*
 * Relais web chat widget: one script tag on any page.
 *
 *   <script src="https://relais.example.com/widget/relais-chat.js" data-site="boutique" data-lang="fr" defer></script>
 *
 * Optional: data-token="<signed identity from the host site>" for a signed-in customer.
 * Plain JavaScript, no dependency. Lines not yet acknowledged by the server are kept in the
 * browser and sent again after a reconnection; the server recognises copies by their id.
 */
(function () {
    "use strict";
    var script = document.currentScript;
    if (!script) {
        return;
    }
    var site = script.getAttribute("data-site") || "default";
    var token = script.getAttribute("data-token");
    var lang = (script.getAttribute("data-lang") || navigator.language || "fr").slice(0, 2) === "en" ? "en" : "fr";
    var base = new URL(script.src, location.href);
    var socketUrl = (base.protocol === "https:" ? "wss://" : "ws://") + base.host + "/chat/visitor/" + encodeURIComponent(site);
    var words = {
        fr: {open: "Discuter avec nous", title: "Service client", close: "Fermer", placeholder: "Votre message…",
             send: "Envoyer", sending: "envoi…", sent: "reçu", offline: "Connexion perdue, nouvelle tentative…",
             online: "En ligne", name: "Votre nom (facultatif)", email: "Votre e-mail (facultatif)", you: "Vous",
             agent: "Conseiller", error: "Non envoyé : ", read: "lu", typing: " écrit…",
             place: function (n, minutes) { return "Vous êtes " + (n === 1 ? "le prochain" : "n° " + n) + " dans la file · attente estimée : " + minutes + " min"; },
             answers: " vous répond", ended: "Le chat est terminé. Écrivez-nous si besoin, nous reprendrons la conversation.",
             nobody: "Aucun conseiller n’est disponible pour le moment. Laissez-nous un message :",
             byEmail: "Réponse par e-mail", callback: "Être rappelé", address: "Votre e-mail", phone: "Votre numéro de téléphone",
             when: "Quand vous rappeler ? (facultatif)", request: "Votre demande", leave: "Envoyer la demande",
             leftEmail: "Merci, nous vous répondrons par e-mail.", leftCallback: "Merci, nous vous rappellerons.",
             transcript: "Recevoir la conversation par e-mail", transcriptSend: "Envoyer", transcriptSent: "Conversation envoyée par e-mail."},
        en: {open: "Chat with us", title: "Customer service", close: "Close", placeholder: "Your message…",
             send: "Send", sending: "sending…", sent: "received", offline: "Connection lost, trying again…",
             online: "Online", name: "Your name (optional)", email: "Your email (optional)", you: "You",
             agent: "Agent", error: "Not sent: ", read: "read", typing: " is typing…",
             place: function (n, minutes) { return "You are " + (n === 1 ? "next" : "number " + n) + " in the queue · estimated wait: " + minutes + " min"; },
             answers: " is answering you", ended: "The chat is over. Write to us if needed, we will pick it up again.",
             nobody: "No agent is available right now. Leave us a message:",
             byEmail: "Answer by email", callback: "Call me back", address: "Your email", phone: "Your phone number",
             when: "When should we call? (optional)", request: "Your request", leave: "Send the request",
             leftEmail: "Thank you, we will answer by email.", leftCallback: "Thank you, we will call you back.",
             transcript: "Get this chat by email", transcriptSend: "Send", transcriptSent: "Chat sent by email."}
    }[lang];
    var store = window.localStorage;
    var key = "relais-chat-" + site + "-";
    var visitor = store.getItem(key + "visitor");
    if (!visitor) {
        visitor = "v" + Array.prototype.map.call(crypto.getRandomValues(new Uint8Array(12)),
            function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
        store.setItem(key + "visitor", visitor);
    }
    var outbox = JSON.parse(store.getItem(key + "outbox") || "[]");
    var socket = null;
    var agentName = null;
    var typingTimer = null;
    var unreadIds = [];
    var retryDelay = 500;
    var lastTyping = 0;

    function element(tag, attributes, text) {
        var e = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { e.setAttribute(name, attributes[name]); });
        if (text) {
            e.textContent = text;
        }
        return e;
    }

    var root = element("div", {"class": "relais-chat", "lang": lang});
    var launcher = element("button", {"type": "button", "class": "relais-chat-launcher", "aria-expanded": "false"}, words.open);
    var panel = element("section", {"class": "relais-chat-panel", "role": "dialog", "aria-label": words.title, "hidden": ""});
    var header = element("header", {}, words.title);
    var closeButton = element("button", {"type": "button", "class": "relais-chat-close", "aria-label": words.close}, "×");
    var status = element("p", {"class": "relais-chat-status", "role": "status"});
    var log = element("ol", {"class": "relais-chat-log", "aria-live": "polite"});
    var form = element("form", {"class": "relais-chat-form"});
    var nameInput = element("input", {"type": "text", "autocomplete": "name", "placeholder": words.name, "aria-label": words.name});
    var emailInput = element("input", {"type": "email", "autocomplete": "email", "placeholder": words.email, "aria-label": words.email});
    var input = element("textarea", {"rows": "2", "maxlength": "4000", "placeholder": words.placeholder, "aria-label": words.placeholder});
    var sendButton = element("button", {"type": "submit"}, words.send);
    header.appendChild(closeButton);
    var typingNote = element("p", {"class": "relais-chat-typing", "hidden": ""});
    var offer = element("form", {"class": "relais-chat-offer", "hidden": ""});
    var offerText = element("p", {}, words.nobody);
    var byEmail = element("label", {}, "");
    var byEmailChoice = element("input", {"type": "radio", "name": "relais-chat-offer", "value": "email", "checked": ""});
    byEmail.appendChild(byEmailChoice);
    byEmail.appendChild(document.createTextNode(" " + words.byEmail));
    var byPhone = element("label", {}, "");
    var byPhoneChoice = element("input", {"type": "radio", "name": "relais-chat-offer", "value": "callback"});
    byPhone.appendChild(byPhoneChoice);
    byPhone.appendChild(document.createTextNode(" " + words.callback));
    var offerAddress = element("input", {"type": "email", "autocomplete": "email", "required": "", "placeholder": words.address, "aria-label": words.address});
    var offerWhen = element("input", {"type": "text", "placeholder": words.when, "aria-label": words.when, "hidden": ""});
    var offerRequest = element("textarea", {"rows": "2", "maxlength": "4000", "placeholder": words.request, "aria-label": words.request});
    var offerButton = element("button", {"type": "submit"}, words.leave);
    [offerText, byEmail, byPhone, offerAddress, offerWhen, offerRequest, offerButton].forEach(function (e) { offer.appendChild(e); });
    var transcriptForm = element("form", {"class": "relais-chat-transcript"});
    var transcriptToggle = element("button", {"type": "button", "class": "relais-chat-link"}, words.transcript);
    var transcriptAddress = element("input", {"type": "email", "autocomplete": "email", "placeholder": words.address, "aria-label": words.address, "hidden": ""});
    var transcriptButton = element("button", {"type": "submit", "hidden": ""}, words.transcriptSend);
    transcriptForm.appendChild(transcriptToggle);
    transcriptForm.appendChild(transcriptAddress);
    transcriptForm.appendChild(transcriptButton);
    if (!token) {
        form.appendChild(nameInput);
        form.appendChild(emailInput);
    }
    form.appendChild(input);
    form.appendChild(sendButton);
    panel.appendChild(header);
    panel.appendChild(status);
    panel.appendChild(log);
    panel.appendChild(typingNote);
    panel.appendChild(offer);
    panel.appendChild(form);
    panel.appendChild(transcriptForm);
    root.appendChild(launcher);
    root.appendChild(panel);

    var style = element("style", {}, ".relais-chat{position:fixed;right:1rem;bottom:1rem;font:14px/1.4 system-ui,sans-serif;z-index:2147483000}"
        + ".relais-chat-launcher{background:#1f4e79;color:#fff;border:0;border-radius:2rem;padding:.75rem 1.25rem;cursor:pointer}"
        + ".relais-chat-panel{width:20rem;max-height:30rem;display:flex;flex-direction:column;background:#fff;border:1px solid #ccd;border-radius:.5rem;box-shadow:0 4px 16px rgba(0,0,0,.2)}"
        + ".relais-chat-panel[hidden]{display:none}"
        + ".relais-chat-panel header{background:#1f4e79;color:#fff;padding:.5rem .75rem;display:flex;justify-content:space-between}"
        + ".relais-chat-close{background:none;border:0;color:#fff;font-size:1.2rem;cursor:pointer}"
        + ".relais-chat-status{margin:0;padding:.25rem .75rem;font-size:12px;color:#555}"
        + ".relais-chat-log{list-style:none;margin:0;padding:.5rem .75rem;overflow-y:auto;flex:1}"
        + ".relais-chat-log li{margin:.25rem 0;padding:.35rem .5rem;border-radius:.4rem;background:#eef2f7}"
        + ".relais-chat-log li.mine{background:#dbe9f8;text-align:right}"
        + ".relais-chat-log small{display:block;color:#666;font-size:11px}"
        + ".relais-chat-form,.relais-chat-offer,.relais-chat-transcript{display:flex;flex-direction:column;gap:.25rem;padding:.5rem .75rem}"
        + ".relais-chat-offer[hidden],.relais-chat [hidden]{display:none}"
        + ".relais-chat-offer p,.relais-chat-typing{margin:0;font-size:12px;color:#555}.relais-chat-typing{padding:0 .75rem;font-style:italic}"
        + ".relais-chat-link{background:none;border:0;color:#1f4e79;text-decoration:underline;cursor:pointer;padding:0;text-align:left;font:inherit;font-size:12px}"
        + ".relais-chat-form textarea,.relais-chat-form input,.relais-chat-offer textarea,.relais-chat-offer input[type=email],.relais-chat-offer input[type=text],.relais-chat-offer input[type=tel],.relais-chat-transcript input{font:inherit;padding:.3rem}"
        + ".relais-chat button:focus-visible,.relais-chat textarea:focus-visible,.relais-chat input:focus-visible{outline:2px solid #f0a500;outline-offset:2px}");
    document.head.appendChild(style);
    document.body.appendChild(root);

    function saveOutbox() {
        store.setItem(key + "outbox", JSON.stringify(outbox));
    }

    function line(text, mine, id) {
        var item = element("li", {"class": mine ? "mine" : "theirs"});
        item.appendChild(element("span", {}, text));
        var note = element("small", {}, mine ? words.you + " · " + words.sending : (agentName || words.agent));
        item.appendChild(note);
        if (id) {
            item.setAttribute("data-id", id);
        }
        log.appendChild(item);
        log.scrollTop = log.scrollHeight;
        return item;
    }

    function mark(id, text) {
        var item = log.querySelector('li[data-id="' + id + '"] small');
        if (item) {
            item.textContent = words.you + " · " + text;
        }
    }

    function hello() {
        if (token) {
            return {type: "hello", token: token, lang: lang};
        }
        var greeting = {type: "hello", visitor: visitor, lang: lang};
        if (nameInput.value.trim()) { greeting.name = nameInput.value.trim(); }
        if (emailInput.value.trim()) { greeting.email = emailInput.value.trim(); }
        return greeting;
    }

    function transmit(entry) {
        if (socket && socket.readyState === WebSocket.OPEN && socket.relaisReady) {
            // A name or email typed since the connection opened goes first, in order on the socket.
            var greeting = JSON.stringify(hello());
            if (greeting !== socket.relaisHello) {
                socket.relaisHello = greeting;
                socket.send(greeting);
            }
            socket.send(JSON.stringify({type: "message", id: entry.id, text: entry.text}));
        }
    }

    var pendingLeave = null;

    /** Tells the agent his lines were read, once the visitor can see them. */
    function readAll() {
        if (!panel.hidden && !document.hidden && unreadIds.length && socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify({type: "read", id: unreadIds[unreadIds.length - 1]}));
            unreadIds = [];
        }
    }

    function connect() {
        socket = new WebSocket(socketUrl);
        socket.onopen = function () {
            retryDelay = 500;
            socket.relaisHello = JSON.stringify(hello());
            socket.send(socket.relaisHello);
        };
        socket.onmessage = function (event) {
            var frame = JSON.parse(event.data);
            if (frame.type === "welcome") {
                agentName = frame.agent || agentName;
                status.textContent = agentName ? agentName + words.answers : words.online;
                offer.hidden = !!frame.agent || frame.agentsAvailable > 0;
                if (!socket.relaisReady) {
                    socket.relaisReady = true;
                    outbox.forEach(transmit);
                }
            } else if (frame.type === "ack" && frame.id === pendingLeave) {
                pendingLeave = null;
                offer.hidden = true;
                line(byPhoneChoice.checked ? words.leftCallback : words.leftEmail, false);
            } else if (frame.type === "ack") {
                outbox = outbox.filter(function (entry) { return entry.id !== frame.id; });
                saveOutbox();
                mark(frame.id, words.sent);
            } else if (frame.type === "message") {
                typingNote.hidden = true;
                line(frame.text, false);
                unreadIds.push(frame.id);
                readAll();
            } else if (frame.type === "queue") {
                status.textContent = words.place(frame.position, Math.max(1, Math.round(frame.waitSeconds / 60)));
                offer.hidden = frame.agentsAvailable > 0;
            } else if (frame.type === "agent") {
                agentName = frame.name;
                status.textContent = agentName + words.answers;
                offer.hidden = true;
            } else if (frame.type === "typing") {
                typingNote.textContent = (agentName || words.agent) + words.typing;
                typingNote.hidden = false;
                clearTimeout(typingTimer);
                typingTimer = setTimeout(function () { typingNote.hidden = true; }, 6000);
            } else if (frame.type === "read") {
                var mine = log.querySelectorAll("li.mine[data-id]");
                for (var i = 0; i < mine.length; i++) {
                    mine[i].querySelector("small").textContent = words.you + " · " + words.read;
                    if (mine[i].getAttribute("data-id") === frame.id) {
                        break;
                    }
                }
            } else if (frame.type === "ended") {
                agentName = null;
                status.textContent = words.ended;
            } else if (frame.type === "transcript") {
                transcriptAddress.hidden = true;
                transcriptButton.hidden = true;
                status.textContent = words.transcriptSent;
            } else if (frame.type === "error") {
                if (frame.id && log.querySelector('li[data-id="' + frame.id + '"]')) {
                    outbox = outbox.filter(function (entry) { return entry.id !== frame.id; });
                    saveOutbox();
                    mark(frame.id, words.error + frame.reason);
                } else {
                    status.textContent = words.error + frame.reason;
                }
            }
        };
        socket.onclose = function () {
            status.textContent = words.offline;
            setTimeout(connect, retryDelay);
            retryDelay = Math.min(retryDelay * 2, 15000);
        };
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var text = input.value.trim();
        if (!text) {
            return;
        }
        var entry = {id: Date.now().toString(36) + Math.random().toString(36).slice(2, 8), text: text};
        outbox.push(entry);
        saveOutbox();
        line(text, true, entry.id);
        input.value = "";
        transmit(entry);
    });
    input.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !event.shiftKey) {
            event.preventDefault();
            form.requestSubmit();
        } else if (socket && socket.readyState === WebSocket.OPEN && socket.relaisReady
            && Date.now() - lastTyping > 3000) {
            lastTyping = Date.now();
            socket.send(JSON.stringify({type: "typing"}));
        }
    });
    function offerChoice() {
        var callback = byPhoneChoice.checked;
        offerAddress.type = callback ? "tel" : "email";
        offerAddress.autocomplete = callback ? "tel" : "email";
        offerAddress.placeholder = callback ? words.phone : words.address;
        offerAddress.setAttribute("aria-label", offerAddress.placeholder);
        offerWhen.hidden = !callback;
    }
    byEmailChoice.addEventListener("change", offerChoice);
    byPhoneChoice.addEventListener("change", offerChoice);
    offer.addEventListener("submit", function (event) {
        event.preventDefault();
        if (!socket || socket.readyState !== WebSocket.OPEN) {
            return;
        }
        pendingLeave = "l" + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
        socket.send(JSON.stringify({type: "leave", id: pendingLeave, callback: byPhoneChoice.checked,
            address: offerAddress.value.trim(), when: offerWhen.value.trim(), text: offerRequest.value.trim()}));
    });
    transcriptForm.addEventListener("submit", function (event) {
        event.preventDefault();
        if (transcriptAddress.hidden) {
            transcriptAddress.hidden = false;
            transcriptButton.hidden = false;
            transcriptAddress.value = transcriptAddress.value || emailInput.value.trim();
            transcriptAddress.focus();
        } else if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify({type: "transcript", id: "t" + Date.now().toString(36),
                address: transcriptAddress.value.trim(), lang: lang}));
        }
    });
    transcriptToggle.addEventListener("click", function () { transcriptForm.requestSubmit(); });
    document.addEventListener("visibilitychange", readAll);

    function toggle(open) {
        panel.hidden = !open;
        launcher.setAttribute("aria-expanded", String(open));
        readAll();
        (open ? input : launcher).focus();
    }
    launcher.addEventListener("click", function () { toggle(panel.hidden); });
    closeButton.addEventListener("click", function () { toggle(false); });
    panel.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            toggle(false);
        }
    });
    outbox.forEach(function (entry) { line(entry.text, true, entry.id); });
    connect();
})();
