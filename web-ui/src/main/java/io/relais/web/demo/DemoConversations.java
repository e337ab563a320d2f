package io.relais.web.demo;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.ConversationStatus;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionKind;

import java.time.Duration;
import java.util.List;

import static io.relais.shared.Channel.CHAT;
import static io.relais.shared.Channel.EMAIL;
import static io.relais.shared.Channel.INSTAGRAM;
import static io.relais.shared.Channel.LETTER;
import static io.relais.shared.Channel.MESSENGER;
import static io.relais.shared.Channel.PHONE;
import static io.relais.shared.Channel.SMS;
import static io.relais.shared.Channel.WHATSAPP;
import static io.relais.shared.Channel.X;
import static io.relais.timeline.boundary.Direction.INBOUND;
import static io.relais.timeline.boundary.Direction.OUTBOUND;

/**
 * Conversations as a contact center sees them on a Monday morning: some just arrived, some
 * waiting for days, several that hop from one channel to another.
 */
final class DemoConversations {

    record Step(Duration after, Channel channel, Direction direction, InteractionKind kind, String text) {
    }

    record Script(int customerIndex, String motif, String subject, int priority, Duration startedAgo,
                  ConversationStatus finalStatus, List<Step> steps) {
    }

    private static Step in(long minutesLater, Channel channel, String text) {
        return new Step(Duration.ofMinutes(minutesLater), channel, INBOUND, InteractionKind.typicalFor(channel), text);
    }

    private static Step out(long minutesLater, Channel channel, String text) {
        return new Step(Duration.ofMinutes(minutesLater), channel, OUTBOUND, InteractionKind.typicalFor(channel), text);
    }

    private static Script open(int customer, String motif, String subject, int priority, Duration ago, Step... steps) {
        return new Script(customer, motif, subject, priority, ago, null, List.of(steps));
    }

    private static Script resolved(int customer, String motif, String subject, Duration ago, Step... steps) {
        return new Script(customer, motif, subject, 2, ago, ConversationStatus.RESOLVED, List.of(steps));
    }

    private static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    private static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }

    static final List<Script> ALL = List.of(
            open(0, "LIVRAISON_RETARD", "Commande 48213 non reçue", 2, hours(30),
                    in(0, EMAIL, "Bonjour, ma commande 48213 devait arriver lundi et je n'ai toujours rien reçu. Pouvez-vous me dire où elle en est ?"),
                    in(1440, MESSENGER, "Toujours pas de réponse à mon email d'hier… Où est mon colis ?")),
            open(1, "REMBOURSEMENT_DELAI", "Remboursement du retour R-7781", 2, hours(50),
                    in(0, EMAIL, "J'ai renvoyé l'article il y a deux semaines et je ne suis toujours pas remboursé."),
                    out(600, EMAIL, "Bonjour, votre retour a bien été reçu le 12. Le remboursement est en cours de validation."),
                    in(2400, X, "@relais_demo deux semaines pour un remboursement, sérieusement ?")),
            open(2, "COMPTE_MOT_DE_PASSE", "Impossible de se connecter", 3, minutes(12),
                    in(0, WHATSAPP, "Bonjour, je n'arrive plus à me connecter à mon espace client, le code SMS n'arrive pas.")),
            open(3, "FACTURE_DEMANDE", "Double prélèvement en octobre", 3, hours(5),
                    in(0, PHONE, "Appel entrant : le client signale deux prélèvements de 39,90 € le 5 octobre."),
                    out(4, PHONE, "Promesse : rappel demain 10 h après vérification auprès du service facturation.")),
            open(4, "RETOUR_ARTICLE", "Retour d'une paire de chaussures", 1, hours(2),
                    in(0, INSTAGRAM, "Coucou, je peux retourner des chaussures achetées en soldes ?")),
            open(5, "RESILIATION", "Résiliation de l'abonnement Premium", 2, hours(70),
                    in(0, LETTER, "Lettre recommandée AR n° 1A 123 456 7890 1 : demande de résiliation de l'abonnement Premium à la date d'échéance.")),
            open(6, "LIVRAISON_COLIS_ENDOMMAGE", "Colis arrivé abîmé", 2, hours(3),
                    in(0, MESSENGER, "Mon colis est arrivé complètement écrasé, le vase est cassé."),
                    in(3, MESSENGER, "Je vous envoie les photos par email.")),
            open(7, "RECLAMATION_DEPOSER", "Livreur désagréable", 1, hours(26),
                    in(0, EMAIL, "Je souhaite signaler le comportement du livreur ce matin, qui a jeté le colis par-dessus le portail.")),
            open(8, "LIVRAISON_RETARD", "Point relais fermé", 2, minutes(45),
                    in(0, X, "@relais_demo mon colis est dans un point relais fermé depuis une semaine, je fais comment ?")),
            open(9, "FACTURE_DEMANDE", "Facture introuvable", 1, hours(20),
                    in(0, CHAT, "Bonjour, où puis-je télécharger ma facture de septembre ?"),
                    out(1, CHAT, "Bonjour ! Dans votre espace client, rubrique Mes commandes > Factures."),
                    in(2, CHAT, "Je ne la vois pas, il n'y a que celle d'août.")),
            open(10, "REMBOURSEMENT_DELAI", "Avoir non utilisé", 1, hours(8),
                    in(0, SMS, "Bonjour, j'ai un avoir de 25 euros qui expire bientôt, peut-on le prolonger ?")),
            open(11, "RESILIATION", "Résiliation suite à déménagement", 2, hours(96),
                    in(0, LETTER, "Courrier : résiliation pour motif légitime (déménagement à l'étranger), justificatif joint."),
                    in(2880, PHONE, "Appel entrant : le client demande si son courrier a bien été reçu.")),
            open(12, "COMPTE_MOT_DE_PASSE", "Changement d'adresse email", 1, hours(1),
                    in(0, CHAT, "Comment changer l'adresse email de mon compte ?")),
            open(13, "RETOUR_ARTICLE", "Étiquette de retour", 2, hours(40),
                    in(0, EMAIL, "Bonjour, l'étiquette de retour ne s'imprime pas, le lien renvoie une erreur 404.")),
            open(14, "RGPD_ACCES", "Demande d'accès à mes données", 2, hours(120),
                    in(0, EMAIL, "En application de l'article 15 du RGPD, je demande la copie de toutes les données me concernant.")),
            open(15, "LIVRAISON", "Changer le créneau de livraison", 2, minutes(25),
                    in(0, PHONE, "Appel entrant : souhaite décaler la livraison du meuble à samedi matin.")),
            open(16, "RECLAMATION_DEPOSER", "Produit non conforme", 3, hours(6),
                    in(0, X, "@relais_demo le canapé livré n'est pas de la bonne couleur !"),
                    out(20, X, "Bonjour Sarah, désolés ! Écrivez-nous en message privé avec votre numéro de commande, nous regardons tout de suite."),
                    in(45, EMAIL, "Voici ma commande 50122, j'avais choisi gris anthracite et j'ai reçu beige.")),
            open(17, "LIVRAISON_RETARD", "Où en est ma commande ?", 1, minutes(5),
                    in(0, SMS, "Commande 51004 toujours en préparation depuis 6 jours, normal ?")),
            open(18, "FACTURE_DEMANDE", "VAT invoice for my company", 1, hours(4),
                    in(0, EMAIL, "Hello, could you send an invoice with my company's VAT number for order 49877?")),
            open(19, "REMBOURSEMENT_DELAI", "Remboursement partiel", 2, hours(10),
                    in(0, MESSENGER, "On m'a remboursé 20 € au lieu de 35 €, il manque les frais de port.")),
            resolved(0, "COMPTE_MOT_DE_PASSE", "Mot de passe oublié", hours(200),
                    in(0, CHAT, "J'ai oublié mon mot de passe."),
                    out(1, CHAT, "Je vous envoie un lien de réinitialisation par email, il est valable 24 h.")),
            resolved(4, "LIVRAISON", "Adresse de livraison", hours(300),
                    in(0, SMS, "Puis-je modifier l'adresse de livraison ?"),
                    out(30, SMS, "Oui, tant que la commande n'est pas expédiée : Mon compte > Commandes > Modifier.")),
            resolved(9, "RETOUR_ARTICLE", "Délai de retour", hours(150),
                    in(0, EMAIL, "Quel est le délai pour retourner un article ?"),
                    out(300, EMAIL, "Bonjour, vous disposez de 30 jours à compter de la réception.")));

    private DemoConversations() {
    }
}
