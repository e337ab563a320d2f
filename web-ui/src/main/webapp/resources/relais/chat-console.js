/*
 * Relais live chat console: the queue, the agent's chats side by side, live.
 * Talks to /chat/agent (see AgentChatSocket); reconnects after a network loss and gets its chats
 * back from the server's hello. Words come from the page's data-w-* attributes.
 */
(function () {
    "use strict";
    var root = document.getElementById("chatConsole");
    if (!root) {
        return;
    }
    var w = {};
    Object.keys(root.dataset).forEach(function (name) {
        if (name.indexOf("w") === 0 && name.length > 1) {
            w[name.charAt(1).toLowerCase() + name.slice(2)] = root.dataset[name];
        }
    });
    var socketUrl = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + root.dataset.socket;
    var statusText = document.getElementById("chatStatus");
    var available = document.getElementById("chatAvailable");
    var queueList = document.getElementById("chatQueue");
    var queueCount = document.getElementById("queueCount");
    var agentList = document.getElementById("chatAgents");
    var panels = document.getElementById("chatPanels");
    var none = document.getElementById("chatNone");
    var chatCount = document.getElementById("chatCount");
    var socket = null;
    var retryDelay = 500;
    var chats = {};
    var waiting = [];
    var agents = [];
    var me = null;
    var sequence = 0;

    function element(tag, attributes, text) {
        var e = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { e.setAttribute(name, attributes[name]); });
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        return e;
    }

    function send(frame) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify(frame));
            return true;
        }
        return false;
    }

    function duration(since) {
        var seconds = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
        var minutes = Math.floor(seconds / 60);
        return minutes + ":" + ("0" + (seconds % 60)).slice(-2);
    }

    function time(at) {
        return new Date(at).toLocaleTimeString(document.documentElement.lang || "fr", {hour: "2-digit", minute: "2-digit"});
    }

    function renderQueue() {
        queueList.textContent = "";
        queueCount.textContent = String(waiting.length);
        if (!waiting.length) {
            queueList.appendChild(element("li", {"class": "relais-console-empty"}, w.queueEmpty));
        }
        waiting.forEach(function (chat) {
            var item = element("li", {"data-conversation": chat.conversation});
            item.appendChild(element("strong", {}, chat.name || w.visitor));
            item.appendChild(element("span", {"class": "relais-console-wait", "data-since": chat.waitingSince},
                w.waitingFor + " " + duration(chat.waitingSince)));
            item.appendChild(element("p", {"class": "relais-preview"}, chat.lastText || ""));
            var take = element("button", {"type": "button", "class": "ui-button ui-widget ui-corner-all relais-console-take"}, w.take);
            take.addEventListener("click", function () {
                take.disabled = true;
                send({type: "take", conversation: chat.conversation});
            });
            item.appendChild(take);
            queueList.appendChild(item);
        });
        agentList.textContent = "";
        agents.forEach(function (agent) {
            agentList.appendChild(element("li", {"class": agent.available ? "available" : "away"}, agent.name));
        });
        Object.keys(chats).forEach(function (id) { fillTransfer(chats[id]); });
    }

    function fillTransfer(chat) {
        var select = chat.transferSelect;
        var current = select.value;
        select.textContent = "";
        var colleagues = agents.filter(function (agent) { return agent.login !== me; });
        if (!colleagues.length) {
            select.appendChild(element("option", {"value": ""}, w.nobody));
        }
        colleagues.forEach(function (agent) {
            select.appendChild(element("option", {"value": agent.login}, agent.name));
        });
        select.value = current;
        chat.transferButton.disabled = !colleagues.length;
    }

    function countChats() {
        var count = Object.keys(chats).length;
        chatCount.textContent = String(count);
        none.hidden = count > 0;
    }

    function addLine(chat, line) {
        if (line.id && chat.log.querySelector('[data-id="' + line.id + '"]')) {
            return;
        }
        var mine = line.from === "agent";
        var item = element("li", {"class": mine ? "mine" : "theirs"});
        if (line.id) {
            item.setAttribute("data-id", line.id);
        }
        item.appendChild(element("span", {}, line.text));
        var note = element("small", {}, (mine ? (line.author || w.you) : (chat.name || w.visitor)) + " · " + time(line.at || new Date().toISOString()));
        item.appendChild(note);
        chat.log.appendChild(item);
        chat.log.scrollTop = chat.log.scrollHeight;
        if (!mine) {
            chat.typing.hidden = true;
            if (document.hasFocus() && !document.hidden && chat.focused) {
                if (line.line) {
                    send({type: "read", conversation: chat.id, line: line.line});
                }
            } else {
                chat.unread++;
                chat.pendingRead = line.line || chat.pendingRead;
                showUnread(chat);
            }
        }
        return item;
    }

    function showUnread(chat) {
        chat.badge.hidden = chat.unread === 0;
        chat.badge.textContent = chat.unread + " " + w.unread;
    }

    function markRead(chat) {
        chat.unread = 0;
        showUnread(chat);
        if (chat.pendingRead) {
            send({type: "read", conversation: chat.id, line: chat.pendingRead});
            chat.pendingRead = null;
        }
    }

    function openChat(data) {
        var chat = chats[data.conversation];
        if (!chat) {
            chat = {id: data.conversation, unread: 0, focused: false};
            var panel = element("article", {"class": "relais-console-chat", "data-conversation": data.conversation});
            var header = element("header");
            chat.title = element("h3");
            header.appendChild(chat.title);
            chat.badge = element("span", {"class": "relais-count relais-unread", "hidden": ""});
            header.appendChild(chat.badge);
            var link = element("a", {"href": root.dataset.customerPage + encodeURIComponent(data.customer), "target": "_blank",
                "rel": "noopener"}, w.customerPage);
            header.appendChild(link);
            panel.appendChild(header);
            chat.log = element("ol", {"class": "relais-chat-log", "aria-live": "polite"});
            panel.appendChild(chat.log);
            chat.typing = element("p", {"class": "relais-console-typing", "hidden": ""});
            panel.appendChild(chat.typing);
            chat.notice = element("p", {"class": "relais-console-notice", "role": "status"});
            panel.appendChild(chat.notice);
            var form = element("form", {"class": "relais-console-form"});
            chat.input = element("textarea", {"rows": "2", "maxlength": "4000", "placeholder": w.placeholder, "aria-label": w.placeholder});
            var sendButton = element("button", {"type": "submit", "class": "ui-button ui-widget ui-corner-all"}, w.send);
            form.appendChild(chat.input);
            form.appendChild(sendButton);
            panel.appendChild(form);
            var actions = element("div", {"class": "relais-console-actions"});
            var transferLabel = element("label", {}, w.transfer + " ");
            chat.transferSelect = element("select", {"aria-label": w.transfer});
            transferLabel.appendChild(chat.transferSelect);
            chat.transferButton = element("button", {"type": "button", "class": "ui-button ui-widget ui-corner-all"}, w.transferButton);
            var endButton = element("button", {"type": "button", "class": "ui-button ui-widget ui-corner-all relais-console-end"}, w.end);
            actions.appendChild(transferLabel);
            actions.appendChild(chat.transferButton);
            actions.appendChild(endButton);
            panel.appendChild(actions);
            chat.panel = panel;
            panels.appendChild(panel);
            chats[data.conversation] = chat;

            form.addEventListener("submit", function (event) {
                event.preventDefault();
                var text = chat.input.value.trim();
                if (!text) {
                    return;
                }
                var id = "a" + (++sequence);
                if (send({type: "message", id: id, conversation: chat.id, text: text})) {
                    var item = addLine(chat, {from: "agent", text: text, author: w.you});
                    item.setAttribute("data-pending", id);
                    item.querySelector("small").textContent = w.you + " · " + w.sending;
                    chat.input.value = "";
                }
            });
            chat.input.addEventListener("keydown", function (event) {
                if (event.key === "Enter" && !event.shiftKey) {
                    event.preventDefault();
                    form.requestSubmit();
                } else if (Date.now() - (chat.lastTyping || 0) > 3000) {
                    chat.lastTyping = Date.now();
                    send({type: "typing", conversation: chat.id});
                }
            });
            panel.addEventListener("focusin", function () { chat.focused = true; markRead(chat); });
            panel.addEventListener("focusout", function () { chat.focused = false; });
            panel.addEventListener("click", function () { markRead(chat); });
            chat.transferButton.addEventListener("click", function () {
                if (chat.transferSelect.value) {
                    send({type: "transfer", conversation: chat.id, to: chat.transferSelect.value});
                }
            });
            endButton.addEventListener("click", function () {
                send({type: "end", conversation: chat.id});
            });
            fillTransfer(chat);
        }
        chat.name = data.name;
        chat.title.textContent = data.name || w.visitor;
        chat.log.textContent = "";
        (data.lines || []).forEach(function (line) { addLine(chat, line); });
        chat.unread = 0;
        showUnread(chat);
        countChats();
        return chat;
    }

    function closeChat(conversation, message) {
        var chat = chats[conversation];
        if (!chat) {
            return;
        }
        delete chats[conversation];
        chat.panel.classList.add("relais-console-closed");
        chat.notice.textContent = message;
        chat.panel.querySelectorAll("textarea, button, select").forEach(function (control) { control.disabled = true; });
        setTimeout(function () { chat.panel.remove(); }, 4000);
        countChats();
    }

    function received(frame) {
        var chat = frame.conversation ? chats[frame.conversation] : null;
        switch (frame.type) {
            case "hello":
                me = frame.agent;
                statusText.textContent = w.connected;
                Object.keys(chats).forEach(function (id) { chats[id].panel.remove(); delete chats[id]; });
                frame.chats.forEach(openChat);
                countChats();
                if (available.checked) {
                    send({type: "available", available: true});
                }
                break;
            case "queue":
                waiting = frame.waiting;
                agents = frame.agents;
                renderQueue();
                break;
            case "chat":
                openChat(frame.chat).input.focus();
                break;
            case "line":
                if (chat) {
                    addLine(chat, frame);
                }
                break;
            case "ack":
                Object.keys(chats).forEach(function (id) {
                    var item = chats[id].log.querySelector('[data-pending="' + frame.id + '"]');
                    if (item) {
                        item.removeAttribute("data-pending");
                        item.setAttribute("data-id", frame.interaction);
                        item.querySelector("small").textContent = w.you + " · " + w.sent;
                    }
                });
                break;
            case "typing":
                if (chat) {
                    chat.typing.textContent = (chat.name || w.visitor) + " " + w.typing;
                    chat.typing.hidden = false;
                    clearTimeout(chat.typingTimer);
                    chat.typingTimer = setTimeout(function () { chat.typing.hidden = true; }, 6000);
                }
                break;
            case "read":
                if (chat) {
                    var read = chat.log.querySelector('[data-id="' + frame.id + '"] small');
                    if (read) {
                        read.textContent = w.you + " · " + w.read;
                    }
                }
                break;
            case "released":
                closeChat(frame.conversation, w.released);
                break;
            case "ended":
                closeChat(frame.conversation, w.ended);
                break;
            case "error":
                statusText.textContent = w.error + " " + frame.reason;
                queueList.querySelectorAll("button").forEach(function (button) { button.disabled = false; });
                break;
        }
    }

    function connect() {
        statusText.textContent = w.connecting;
        socket = new WebSocket(socketUrl);
        socket.onopen = function () { retryDelay = 500; };
        socket.onmessage = function (event) { received(JSON.parse(event.data)); };
        socket.onclose = function () {
            statusText.textContent = w.disconnected;
            setTimeout(connect, retryDelay);
            retryDelay = Math.min(retryDelay * 2, 15000);
        };
    }

    available.addEventListener("change", function () {
        send({type: "available", available: available.checked});
    });
    window.addEventListener("focus", function () {
        Object.keys(chats).forEach(function (id) { if (chats[id].focused) { markRead(chats[id]); } });
    });
    setInterval(function () {
        queueList.querySelectorAll("[data-since]").forEach(function (wait) {
            wait.textContent = w.waitingFor + " " + duration(wait.getAttribute("data-since"));
        });
    }, 1000);
    connect();
})();
