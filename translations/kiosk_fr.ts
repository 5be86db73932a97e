<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre de l’équipe</translation>
    </message>
    <message>
        <source>They sign in with this name and PIN, and can change the PIN themselves.</source>
        <translation>La personne se connecte avec ce nom et ce code PIN, et peut changer le code elle-même.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>First PIN</source>
        <translation>Premier code PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN encore une fois</translation>
    </message>
    <message>
        <source>Staff (works the queue and the stock)</source>
        <translation>Équipe (s’occupe de la file et du stock)</translation>
    </message>
    <message>
        <source>Coordinator (staff who also see and export the reports)</source>
        <translation>Coordination (membre de l’équipe qui voit et exporte aussi les rapports)</translation>
    </message>
    <message>
        <source>Admin (can change stock settings and staff)</source>
        <translation>Admin (peut modifier le stock, les réglages et l’équipe)</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>There is already a staff member with that name.</source>
        <translation>Quelqu’un de l’équipe porte déjà ce nom.</translation>
    </message>
</context>
<context>
    <name>AddSupplyDialog</name>
    <message>
        <source>Add a supply</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Give it a name in each language visitors can choose, and the category it shows under.</source>
        <translation>Donnez-lui un nom dans chaque langue proposée aux visiteurs, et la catégorie où il apparaît.</translation>
    </message>
    <message>
        <source>Add supply</source>
        <translation>Ajouter l’article</translation>
    </message>
    <message>
        <source>Name in reports and files</source>
        <translation>Nom dans les rapports et les fichiers</translation>
    </message>
    <message>
        <source>Item or service</source>
        <translation>Article ou service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>Limite par visite</translation>
    </message>
    <message>
        <source>On the shelf now</source>
        <translation>En rayon maintenant</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bas à partir de</translation>
    </message>
    <message>
        <source>An English name is needed.</source>
        <translation>Il faut un nom en anglais.</translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and dashes.</source>
        <translation>La clé ne contient que des minuscules, des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>There is already a supply with that key.</source>
        <translation>Un article a déjà cette clé.</translation>
    </message>
    <message>
        <source>Give a name in every language: {languages}.</source>
        <translation>Donnez un nom dans chaque langue : {languages}.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust {name}</source>
        <translation>Corriger {name}</translation>
    </message>
    <message>
        <source>{n} on the shelf now. Enter the change: below zero takes away, above zero adds.</source>
        <translation>{n} en rayon maintenant. Saisissez la différence : en dessous de zéro on retire, au-dessus on ajoute.</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Corriger le stock</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choisissez une raison</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <source>Enter a change other than zero.</source>
        <translation>Saisissez une différence autre que zéro.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choisissez une raison.</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Post an alert</source>
        <translation>Publier une alerte</translation>
    </message>
    <message>
        <source>Kiosks show it on their start screen while it is in force. Write short, plain sentences.</source>
        <translation>Les bornes l’affichent sur leur écran d’accueil tant qu’elle est en vigueur. Écrivez des phrases courtes et simples.</translation>
    </message>
    <message>
        <source>Post alert</source>
        <translation>Publier l’alerte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Title, for example: Strong opioids in the local supply</source>
        <translation>Titre, par exemple : Opioïdes puissants en circulation ici</translation>
    </message>
    <message>
        <source>What people should know and do</source>
        <translation>Ce qu’il faut savoir et faire</translation>
    </message>
    <message>
        <source>An alert needs a title in English at least.</source>
        <translation>Une alerte a besoin au moins d’un titre en anglais.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit venir après le début.</translation>
    </message>
</context>
<context>
    <name>AlertModel</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>when ended</source>
        <translation>quand on y met fin</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>On the kiosks now</source>
        <translation>Sur les bornes maintenant</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Post an alert…</source>
        <translation>Publier une alerte…</translation>
    </message>
    <message>
        <source>End this alert</source>
        <translation>Mettre fin à cette alerte</translation>
    </message>
    <message>
        <source>The alert is posted: kiosks show it from its start time.</source>
        <translation>L’alerte est publiée : les bornes l’affichent dès son heure de début.</translation>
    </message>
    <message>
        <source>The alert is ended: kiosks no longer show it.</source>
        <translation>L’alerte est terminée : les bornes ne l’affichent plus.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <extracomment>How many days back the page starts.</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Search the sentences</source>
        <translation>Chercher dans les phrases</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>Events shown: %n</source>
        <translation>
            <numerusform>Événement affiché : %n</numerusform>
            <numerusform>Événements affichés : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Choose another folder.</source>
        <translation>Le fichier n’a pas pu être écrit ({reason}). Choisissez un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Events saved to the file: %n</source>
        <translation>
            <numerusform>Événement enregistré dans le fichier : %n</numerusform>
            <numerusform>Événements enregistrés dans le fichier : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditSentences</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes de l’équipe</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Local resources</source>
        <translation>Ressources locales</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>{who} claimed request {what}</source>
        <extracomment>Action → its sentence; {who} is the person, {what} the request code, supply, name...</extracomment>
        <translation>{who} a pris en charge la demande {what}</translation>
    </message>
    <message>
        <source>{who} put request {what} back in the queue</source>
        <translation>{who} a remis la demande {what} dans la file</translation>
    </message>
    <message>
        <source>{who} marked request {what} ready</source>
        <translation>{who} a marqué la demande {what} prête</translation>
    </message>
    <message>
        <source>{who} marked request {what} as a no-show</source>
        <translation>{who} a noté la demande {what} absente</translation>
    </message>
    <message>
        <source>{who} called request {what} to the window</source>
        <translation>{who} a appelé la demande {what} au guichet</translation>
    </message>
    <message>
        <source>{who} chose the language the back office speaks to them</source>
        <translation>{who} a choisi la langue de son espace équipe</translation>
    </message>
    <message>
        <source>{who} answered emergency {what}</source>
        <translation>{who} a répondu à l’urgence {what}</translation>
    </message>
    <message>
        <source>{who} went to emergency {what}</source>
        <translation>{who} a rejoint l’urgence {what}</translation>
    </message>
    <message>
        <source>{who} closed emergency {what} with a response record</source>
        <translation>{who} a clos l’urgence {what} avec une fiche d’intervention</translation>
    </message>
    <message>
        <source>{who} closed emergency {what} as a false alarm</source>
        <translation>{who} a clos l’urgence {what} comme fausse alerte</translation>
    </message>
    <message>
        <source>{who} added {what} to the catalogue</source>
        <translation>{who} a ajouté {what} au catalogue</translation>
    </message>
    <message>
        <source>{who} switched on the account of {what}</source>
        <translation>{who} a activé le compte de {what}</translation>
    </message>
    <message>
        <source>{who} switched off the account of {what}</source>
        <translation>{who} a désactivé le compte de {what}</translation>
    </message>
    <message>
        <source>{what} signed in</source>
        <translation>Connexion de {what}</translation>
    </message>
    <message>
        <source>Someone tried to sign in with a name that has no account</source>
        <translation>Quelqu’un a essayé de se connecter avec un nom qui n’a pas de compte</translation>
    </message>
    <message>
        <source>{who} opened the staff menu on kiosk {station}</source>
        <translation>{who} a ouvert le menu du personnel sur la borne {station}</translation>
    </message>
    <message>
        <source>A wrong PIN was tried on the staff menu of kiosk {what}</source>
        <translation>Un mauvais code PIN a été essayé sur le menu du personnel de la borne {what}</translation>
    </message>
    <message>
        <source>{who} unlocked a kiosk&apos;s staff menu</source>
        <translation>{who} a débloqué le menu du personnel d’une borne</translation>
    </message>
    <message>
        <source>{who} posted alert number {what}</source>
        <translation>{who} a publié l’alerte numéro {what}</translation>
    </message>
    <message>
        <source>{who} ended alert number {what}</source>
        <translation>{who} a terminé l’alerte numéro {what}</translation>
    </message>
    <message>
        <source>{who} edited the local resource {what}</source>
        <translation>{who} a modifié la ressource locale {what}</translation>
    </message>
    <message>
        <source>{who} put the local resource {what} back as shipped</source>
        <translation>{who} a remis la ressource locale {what} dans sa version d’origine</translation>
    </message>
    <message>
        <source>{who} took back claiming request {what}</source>
        <extracomment>An undo, by what it took back.</extracomment>
        <translation>{who} a défait la prise en charge de la demande {what}</translation>
    </message>
    <message>
        <source>{who} took back putting request {what} back in the queue</source>
        <translation>{who} a défait la remise en file de la demande {what}</translation>
    </message>
    <message>
        <source>{who} took back marking request {what} ready</source>
        <translation>{who} a défait le marquage « prête » de la demande {what}</translation>
    </message>
    <message>
        <source>{who} took back calling request {what}</source>
        <translation>{who} a défait l’appel de la demande {what}</translation>
    </message>
    <message>
        <source>{who} took back handing over request {what}; its stock went back</source>
        <translation>{who} a défait la remise de la demande {what} ; son stock est revenu</translation>
    </message>
    <message>
        <source>{who} took back cancelling request {what}</source>
        <translation>{who} a défait l’annulation de la demande {what}</translation>
    </message>
    <message>
        <source>{who} took back marking request {what} as a no-show</source>
        <translation>{who} a défait l’absence notée pour la demande {what}</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Le système</translation>
    </message>
    <message>
        <source>{who}: {action} ({subject})</source>
        <translation>{who} : {action} ({subject})</translation>
    </message>
    <message>
        <source>{who} handed over request {what}, short of: {names}</source>
        <translation>{who} a remis la demande {what}, il manquait : {names}</translation>
    </message>
    <message>
        <source>{who} handed over request {what}</source>
        <translation>{who} a remis la demande {what}</translation>
    </message>
    <message>
        <source>{who} undid the last change to request {what}</source>
        <translation>{who} a défait la dernière modification de la demande {what}</translation>
    </message>
    <message>
        <source>{who} cancelled request {what} ({reason})</source>
        <translation>{who} a annulé la demande {what} ({reason})</translation>
    </message>
    <message>
        <source>{who} received {n} {what}</source>
        <translation>{who} a reçu {n} {what}</translation>
    </message>
    <message>
        <source>{n} fewer</source>
        <translation>{n} en moins</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} en plus</translation>
    </message>
    <message>
        <source>{who} counted {what}: {change} ({reason})</source>
        <translation>{who} a compté {what} : {change} ({reason})</translation>
    </message>
    <message>
        <source>{who} corrected the stock of {what}: {change} ({reason})</source>
        <translation>{who} a corrigé le stock de {what} : {change} ({reason})</translation>
    </message>
    <message>
        <source>{who} offered {what} again</source>
        <translation>{who} a de nouveau proposé {what}</translation>
    </message>
    <message>
        <source>{who} stopped offering {what}</source>
        <translation>{who} a cessé de proposer {what}</translation>
    </message>
    <message>
        <source>limit per visit {n}</source>
        <translation>limite par visite {n}</translation>
    </message>
    <message>
        <source>low at {n}</source>
        <translation>seuil bas à {n}</translation>
    </message>
    <message>
        <source>its names</source>
        <translation>ses noms</translation>
    </message>
    <message>
        <source>{who} changed {what}: {changes}</source>
        <translation>{who} a modifié {what} : {changes}</translation>
    </message>
    <message>
        <source>{who} took back {n} used sharps</source>
        <translation>{who} a récupéré {n} objets pointus usagés</translation>
    </message>
    <message>
        <source>{who} took back {g} g of used sharps</source>
        <translation>{who} a récupéré {g} g d’objets pointus usagés</translation>
    </message>
    <message>
        <source>{who} added {what} as an admin</source>
        <translation>{who} a ajouté {what} comme admin</translation>
    </message>
    <message>
        <source>{who} added {what} as staff</source>
        <translation>{who} a ajouté {what} à l’équipe</translation>
    </message>
    <message>
        <source>{who} unlocked {what} and set a new PIN</source>
        <translation>{who} a débloqué {what} et défini un nouveau code PIN</translation>
    </message>
    <message>
        <source>{who} unlocked {what}</source>
        <translation>{who} a débloqué {what}</translation>
    </message>
    <message>
        <source>{who} changed their PIN</source>
        <translation>{who} a changé son code PIN</translation>
    </message>
    <message>
        <source>{who} changed the PIN of {what}</source>
        <translation>{who} a changé le code PIN de {what}</translation>
    </message>
    <message>
        <source>The account of {what} was locked after {n} wrong PINs</source>
        <translation>Le compte de {what} a été verrouillé après {n} codes PIN erronés</translation>
    </message>
    <message>
        <source>{setting} from {old} to {new}</source>
        <translation>{setting} de {old} à {new}</translation>
    </message>
    <message>
        <source>{who} saved the settings unchanged</source>
        <translation>{who} a enregistré les réglages sans changement</translation>
    </message>
    <message>
        <source>{who} changed settings: {changes}</source>
        <translation>{who} a modifié des réglages : {changes}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready at the window</source>
        <translation>Prêt au guichet</translation>
    </message>
    <message>
        <source>This board has lost its connection.</source>
        <translation>Cet écran a perdu sa connexion.</translation>
    </message>
    <message>
        <source>The codes may be out of date: please ask at the window.</source>
        <translation>Les codes ne sont peut-être plus à jour : demandez au guichet.</translation>
    </message>
    <message>
        <source>Now ready</source>
        <translation>Prêt maintenant</translation>
    </message>
    <message>
        <source>Codes being prepared</source>
        <translation>Codes en préparation</translation>
    </message>
    <message>
        <source>Codes ready at the window</source>
        <translation>Codes prêts au guichet</translation>
    </message>
    <message>
        <source>Staff: overdose at {place}, call {code}.</source>
        <translation>Équipe : surdose à {place}, appel {code}.</translation>
    </message>
    <message>
        <source>a kiosk</source>
        <translation>une borne</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel {code}</source>
        <translation>Annuler {code}</translation>
    </message>
    <message>
        <source>Why is {code} cancelled?</source>
        <translation>Pourquoi annuler {code} ?</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Your list: %1</source>
        <translation>Votre liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet. Tap + to add something.</source>
        <translation>Rien de choisi pour l&apos;instant. Touchez + pour ajouter quelque chose.</translation>
    </message>
    <message numerus="yes">
        <source>Review my request (%n)</source>
        <translation>
            <numerusform>Vérifier ma demande (%n)</numerusform>
            <numerusform>Vérifier ma demande (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>What would you like?</source>
        <translation>Que voulez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing can be asked for here right now. Please ask at the window.</source>
        <translation>Rien ne peut être demandé ici pour le moment. Adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Changer mon code PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 6 or more digits without patterns.</source>
        <translation>Choisissez un code PIN d’au moins 6 chiffres, sans suite facile.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Changer le code</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN encore une fois</translation>
    </message>
    <message>
        <source>Enter your current PIN.</source>
        <translation>Saisissez votre code PIN actuel.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>CodeSearch</name>
    <message>
        <source>Find a code</source>
        <translation>Trouver un code</translation>
    </message>
    <message>
        <source>Find a pickup code</source>
        <translation>Trouver un code de retrait</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Tap the code in</source>
        <translation>Saisissez le code</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation>Imprimer un ticket</translation>
    </message>
    <message>
        <source>Your request was sent to staff.</source>
        <translation>Votre demande a été envoyée à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Votre code de retrait</translation>
    </message>
    <message>
        <source>Staff will call this code. Show it at the window.</source>
        <translation>L&apos;équipe appellera ce code. Montrez-le au guichet.</translation>
    </message>
    <message>
        <source>Scan with your phone for more help</source>
        <translation>Scannez avec votre téléphone pour plus d&apos;aide</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in line.</source>
        <translation>
            <numerusform>Vous êtes numéro %n dans la file.</numerusform>
            <numerusform>Vous êtes numéro %n dans la file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes.</source>
        <translation>
            <numerusform>Environ %n minute.</numerusform>
            <numerusform>Environ %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>For you and one other person.</source>
        <translation>Pour vous et une autre personne.</translation>
    </message>
    <message numerus="yes">
        <source>For you and %n others.</source>
        <translation>
            <numerusform>Pour vous et %n autre personne.</numerusform>
            <numerusform>Pour vous et %n autres personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Donnez votre avis</translation>
    </message>
    <message>
        <source>Have your say: tell us how it went</source>
        <translation>Donnez votre avis&#xa0;: dites-nous comment ça s&apos;est passé</translation>
    </message>
    <message numerus="yes">
        <source>This code stays on screen for %n minutes after your last tap.</source>
        <translation>
            <numerusform>Ce code reste à l&apos;écran %n minute après votre dernier toucher.</numerusform>
            <numerusform>Ce code reste à l&apos;écran %n minutes après votre dernier toucher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This code stays on screen for %n seconds after your last tap.</source>
        <translation>
            <numerusform>Ce code reste à l&apos;écran %n seconde après votre dernier toucher.</numerusform>
            <numerusform>Ce code reste à l&apos;écran %n secondes après votre dernier toucher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Terminé&#xa0;: retour à l&apos;accueil</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Can&apos;t reach the database — retrying</source>
        <translation>Base de données injoignable — nouvel essai en cours</translation>
    </message>
</context>
<context>
    <name>DataMessages</name>
    <message>
        <source>The level must be one of {levels}.</source>
        <translation>Le niveau doit être l’un de ceux-ci : {levels}.</translation>
    </message>
    <message>
        <source>An alert needs a title in English at least.</source>
        <translation>Une alerte a besoin au moins d’un titre en anglais.</translation>
    </message>
    <message>
        <source>An alert must end after it starts.</source>
        <translation>Une alerte doit finir après son début.</translation>
    </message>
    <message>
        <source>That alert no longer exists.</source>
        <translation>Cette alerte n’existe plus.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now.</source>
        <translation>La base de données est injoignable pour le moment.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached.</source>
        <translation>La base de données est injoignable.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The database didn&apos;t answer in time. Nothing was changed.</source>
        <translation>La base de données n’a pas répondu à temps. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database did not answer within {seconds} s.</source>
        <translation>La base de données n’a pas répondu en {seconds} s.</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t use a {driver} database.</source>
        <translation>Le kiosque ne peut pas utiliser une base de données {driver}.</translation>
    </message>
    <message>
        <source>The database setting is not a URL the kiosk can use.</source>
        <translation>Le réglage de la base de données n’est pas une adresse utilisable.</translation>
    </message>
    <message>
        <source>The database setting names the folder {path}, not a database file.</source>
        <translation>Le réglage de la base de données désigne le dossier {path}, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database setting names {path}, which is not a database file.</source>
        <translation>Le réglage de la base de données désigne {path}, qui n’est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n’y a pas de base de données à {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} for the database file does not exist.</source>
        <translation>Le dossier {folder} du fichier de base de données n’existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} for the database file can&apos;t be created: {reason}.</source>
        <translation>Le dossier {folder} du fichier de base de données ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>The database file {path} can&apos;t be opened.</source>
        <translation>Le fichier de base de données {path} ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The database file was damaged. It was kept as {path} and a new, empty database was started.</source>
        <translation>Le fichier de base de données était abîmé. Il a été gardé sous le nom {path} et une nouvelle base vide a été créée.</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer version of the kiosk (schema {revision}); this station&apos;s version knows schemas up to {known}.</source>
        <translation>La base de données a été mise à jour par une version plus récente (schéma {revision}) ; la version de ce poste connaît les schémas jusqu’à {known}.</translation>
    </message>
    <message>
        <source>Update the package on this station.</source>
        <translation>Mettez à jour le logiciel sur ce poste.</translation>
    </message>
    <message>
        <source>Point it at a file inside the folder, for example kiosk.db.</source>
        <translation>Indiquez un fichier dans ce dossier, par exemple kiosk.db.</translation>
    </message>
    <message>
        <source>Check the database setting, or create it with: kiosk-admin init</source>
        <translation>Vérifiez le réglage de la base de données, ou créez-la avec : kiosk-admin init</translation>
    </message>
    <message>
        <source>Check the database setting, or create the database with: kiosk-admin init</source>
        <translation>Vérifiez le réglage de la base de données, ou créez la base avec : kiosk-admin init</translation>
    </message>
    <message>
        <source>Point the database setting at a file (it is created if missing), not a folder.</source>
        <translation>Faites pointer le réglage vers un fichier (créé s’il manque), pas vers un dossier.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and that this account may read and write them.</source>
        <translation>Vérifiez que le fichier et son dossier existent et que ce compte peut les lire et les modifier.</translation>
    </message>
    <message>
        <source>Check the database file {path}.</source>
        <translation>Vérifiez le fichier de base de données {path}.</translation>
    </message>
    <message>
        <source>Check that the database server at {address} is running and reachable.</source>
        <translation>Vérifiez que le serveur de base de données {address} fonctionne et est joignable.</translation>
    </message>
    <message>
        <source>That request is no longer in the queue.</source>
        <translation>Cette demande n’est plus dans la file.</translation>
    </message>
    <message>
        <source>That emergency is no longer in the queue.</source>
        <translation>Cette urgence n’est plus dans la file.</translation>
    </message>
    <message>
        <source>Only a staff member can answer an emergency.</source>
        <translation>Seul un membre de l’équipe peut répondre à une urgence.</translation>
    </message>
    <message>
        <source>{code} is not an emergency call.</source>
        <translation>{code} n’est pas un appel d’urgence.</translation>
    </message>
    <message>
        <source>The emergency {code} was already closed.</source>
        <translation>L’urgence {code} était déjà close.</translation>
    </message>
    <message>
        <source>{name} is already responding to this emergency.</source>
        <translation>{name} répond déjà à cette urgence.</translation>
    </message>
    <message>
        <source>{code} is an emergency call: it never goes on the ready board.</source>
        <translation>{code} est un appel d’urgence : il ne va jamais sur l’écran des codes prêts.</translation>
    </message>
    <message>
        <source>{code} is already in progress.</source>
        <translation>{code} est déjà en cours.</translation>
    </message>
    <message>
        <source>{code} was already {what}.</source>
        <translation>{code} était déjà {what}.</translation>
    </message>
    <message>
        <source>{code} isn&apos;t claimed by anyone.</source>
        <translation>Personne n’a pris {code} en charge.</translation>
    </message>
    <message>
        <source>{name} is already working on {code}.</source>
        <translation>{name} s’occupe déjà de {code}.</translation>
    </message>
    <message>
        <source>{name} is working on {code}: only they or an admin can {action}.</source>
        <translation>{name} s’occupe de {code} : seule cette personne ou un admin peut {action}.</translation>
    </message>
    <message>
        <source>{name} is working on {code}: only they can {action}.</source>
        <translation>{name} s’occupe de {code} : seule cette personne peut {action}.</translation>
    </message>
    <message>
        <source>Ask them, or choose another request.</source>
        <translation>Demandez-lui, ou choisissez une autre demande.</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can work the queue.</source>
        <translation>Seul un membre de l’équipe connecté peut traiter la file.</translation>
    </message>
    <message>
        <source>{code} has changed since: it can no longer be undone.</source>
        <translation>{code} a changé entre-temps : on ne peut plus le défaire.</translation>
    </message>
    <message>
        <source>Only an admin can {action}.</source>
        <translation>Seul un admin peut {action}.</translation>
    </message>
    <message>
        <source>Ask an admin.</source>
        <translation>Demandez à un admin.</translation>
    </message>
    <message>
        <source>Ask another admin.</source>
        <translation>Demandez à un autre admin.</translation>
    </message>
    <message>
        <source>Only an admin or a coordinator can {action}.</source>
        <translation>Seul un admin ou la coordination peut {action}.</translation>
    </message>
    <message>
        <source>Ask an admin or your coordinator.</source>
        <translation>Demandez à un admin ou à votre coordination.</translation>
    </message>
    <message>
        <source>Only an organisation admin can {action}.</source>
        <translation>Seul un admin de l’organisation peut {action}.</translation>
    </message>
    <message>
        <source>Ask an organisation admin.</source>
        <translation>Demandez à un admin de l’organisation.</translation>
    </message>
    <message>
        <source>Your account belongs to another site.</source>
        <translation>Votre compte appartient à un autre site.</translation>
    </message>
    <message>
        <source>Sign in at your own site, or ask an organisation admin.</source>
        <translation>Connectez-vous sur votre propre site, ou demandez à un admin de l’organisation.</translation>
    </message>
    <message>
        <source>You can&apos;t switch off your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>Your account is switched off.</source>
        <translation>Votre compte est désactivé.</translation>
    </message>
    <message>
        <source>Only a staff member has a PIN of their own to change.</source>
        <translation>Seul un membre de l’équipe a un code PIN à lui à changer.</translation>
    </message>
    <message>
        <source>Only a staff member has a language of their own to choose.</source>
        <translation>Seul un membre de l’équipe a une langue à lui à choisir.</translation>
    </message>
    <message>
        <source>There is no {language} translation on this station.</source>
        <translation>Ce poste n’a pas de traduction « {language} ».</translation>
    </message>
    <message>
        <source>A staff name needs 1 to 60 characters.</source>
        <translation>Un nom doit avoir de 1 à 60 caractères.</translation>
    </message>
    <message>
        <source>There is no staff member called {name}.</source>
        <translation>Personne dans l’équipe ne s’appelle {name}.</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>Quelqu’un dans l’équipe s’appelle déjà {name}.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>Cette personne n’est pas dans l’équipe.</translation>
    </message>
    <message>
        <source>There is no staff role called {name}.</source>
        <translation>Il n’y a pas de rôle appelé {name} dans l’équipe.</translation>
    </message>
    <message>
        <source>Use one of: {roles}.</source>
        <translation>Utilisez l’un de ceux-ci : {roles}.</translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>Un code PIN ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>A PIN needs at least {count} digits.</source>
        <translation>Un code PIN a au moins {count} chiffres.</translation>
    </message>
    <message>
        <source>A PIN has at most {count} digits.</source>
        <translation>Un code PIN a au plus {count} chiffres.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess. Choose one without patterns.</source>
        <translation>Ce code PIN est trop facile à deviner. Choisissez-en un sans suite facile.</translation>
    </message>
    <message>
        <source>That PIN is a sequence. Choose one without patterns.</source>
        <translation>Ce code PIN est une suite. Choisissez-en un sans suite facile.</translation>
    </message>
    <message>
        <source>That PIN repeats itself. Choose one without patterns.</source>
        <translation>Ce code PIN se répète. Choisissez-en un sans suite facile.</translation>
    </message>
    <message>
        <source>That PIN looks like a date. Choose one without patterns.</source>
        <translation>Ce code PIN ressemble à une date. Choisissez-en un sans suite facile.</translation>
    </message>
    <message>
        <source>That name and PIN don&apos;t match.</source>
        <translation>Ce nom et ce code PIN ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>That PIN isn&apos;t right.</source>
        <translation>Ce code PIN n’est pas le bon.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an admin.</source>
        <translation>Ce compte est désactivé. Demandez à un admin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must unlock this.</source>
        <translation>Trop de codes PIN erronés. Un admin doit débloquer l’accès.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must unlock this account.</source>
        <translation>Trop de codes PIN erronés. Un admin doit débloquer ce compte.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must reset the kiosks&apos; staff unlock.</source>
        <translation>Trop de codes PIN erronés. Un admin doit réactiver l’accès de l’équipe aux bornes.</translation>
    </message>
    <message>
        <source>Please wait {seconds} seconds before trying again.</source>
        <translation>Attendez {seconds} secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>This station is not registered.</source>
        <translation>Ce poste n’est pas enregistré.</translation>
    </message>
    <message>
        <source>A supply needs a key and an English name.</source>
        <translation>Un article a besoin d’une clé et d’un nom en anglais.</translation>
    </message>
    <message>
        <source>Limits and stock must be whole numbers, the limit at least 1.</source>
        <translation>Les limites et le stock sont des nombres entiers, la limite vaut au moins 1.</translation>
    </message>
    <message>
        <source>Restock with a number above zero.</source>
        <translation>Réapprovisionnez avec un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>Choose a reason: {reasons}.</source>
        <translation>Choisissez une raison : {reasons}.</translation>
    </message>
    <message>
        <source>An adjustment must change the stock.</source>
        <translation>Une correction doit changer le stock.</translation>
    </message>
    <message>
        <source>These can&apos;t be edited here: {fields}.</source>
        <translation>Ceci ne se modifie pas ici : {fields}.</translation>
    </message>
    <message>
        <source>The limit must be at least 1 and the threshold not below zero.</source>
        <translation>La limite vaut au moins 1 et le seuil ne descend pas sous zéro.</translation>
    </message>
    <message>
        <source>There is no supply with the key {key}.</source>
        <translation>Aucun article n’a la clé {key}.</translation>
    </message>
    <message>
        <source>There is already a supply with the key {key}.</source>
        <translation>Un article a déjà la clé {key}.</translation>
    </message>
    <message>
        <source>{key} is a service and has no stock.</source>
        <translation>{key} est un service et n’a pas de stock.</translation>
    </message>
    <message>
        <source>There are only {count} of {key}; stock can&apos;t go below zero.</source>
        <translation>Il n’y a que {count} de {key} ; le stock ne peut pas passer sous zéro.</translation>
    </message>
    <message>
        <source>Give either a count or a weight.</source>
        <translation>Donnez soit un nombre, soit un poids.</translation>
    </message>
    <message>
        <source>Enter a number above zero.</source>
        <translation>Saisissez un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>Choose where it came from: {sources}.</source>
        <translation>Choisissez la provenance : {sources}.</translation>
    </message>
    <message>
        <source>Keep the donor or supplier to 120 characters.</source>
        <translation>Le nom du donateur ou du fournisseur doit faire 120 caractères au maximum.</translation>
    </message>
    <message>
        <source>Keep the lot number to 40 characters.</source>
        <translation>Le numéro de lot doit faire 40 caractères au maximum.</translation>
    </message>
    <message>
        <source>That expiry date has passed: count it as expired instead of receiving it.</source>
        <translation>Cette date de péremption est passée : comptez-les comme périmés au lieu de les recevoir.</translation>
    </message>
    <message>
        <source>The cap for others must be at least 1, or none.</source>
        <translation>La limite pour d’autres personnes doit être d’au moins 1, ou aucune.</translation>
    </message>
    <message>
        <source>A site name needs 1 to {count} characters.</source>
        <translation>Un nom de site doit avoir de 1 à {count} caractères.</translation>
    </message>
    <message>
        <source>There is no site called {name}.</source>
        <translation>Il n’y a pas de site appelé {name}.</translation>
    </message>
    <message>
        <source>See them with: kiosk-admin site list</source>
        <translation>Voyez-les avec : kiosk-admin site list</translation>
    </message>
    <message>
        <source>There is already a site called {name}.</source>
        <translation>Il y a déjà un site appelé {name}.</translation>
    </message>
    <message>
        <source>Choose two different sites.</source>
        <translation>Choisissez deux sites différents.</translation>
    </message>
    <message>
        <source>Transfer a number above zero.</source>
        <translation>Transférez un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>Site {site} has no supply {key}.</source>
        <translation>Le site {site} n’a pas l’article {key}.</translation>
    </message>
    <message>
        <source>Copy the catalogue to that site first.</source>
        <translation>Copiez d’abord le catalogue vers ce site.</translation>
    </message>
    <message>
        <source>Site {site} has only {count} of {key}; stock can&apos;t go below zero.</source>
        <translation>Le site {site} n’a que {count} de {key} ; le stock ne peut pas passer sous zéro.</translation>
    </message>
    <message>
        <source>That answer isn&apos;t one the kiosk offers.</source>
        <translation>Cette réponse ne fait pas partie de celles que la borne propose.</translation>
    </message>
    <message>
        <source>That rating isn&apos;t one the kiosk offers.</source>
        <translation>Cette note ne fait pas partie de celles que la borne propose.</translation>
    </message>
    <message>
        <source>That choice isn&apos;t one the kiosk offers.</source>
        <translation>Ce choix ne fait pas partie de ceux que la borne propose.</translation>
    </message>
    <message>
        <source>That supply can be asked for now.</source>
        <translation>Cet article peut être demandé maintenant.</translation>
    </message>
    <message>
        <source>Naloxone has run out for now.</source>
        <translation>Il n’y a plus de naloxone pour l’instant.</translation>
    </message>
    <message>
        <source>Group by day, week or month, not {by}.</source>
        <translation>Regroupez par jour, semaine ou mois, pas par {by}.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>Put the earlier date first.</source>
        <translation>Mettez la date la plus ancienne en premier.</translation>
    </message>
    <message>
        <source>That range is too long for one report.</source>
        <translation>Cette période est trop longue pour un seul rapport.</translation>
    </message>
    <message>
        <source>Ask for three years at most.</source>
        <translation>Demandez trois ans au plus.</translation>
    </message>
    <message>
        <source>There is no site number {site}.</source>
        <translation>Il n’y a pas de site numéro {site}.</translation>
    </message>
    <message>
        <source>handed over</source>
        <extracomment>Pieces the services put into a sentence: what was done, what may not be done.</extracomment>
        <translation>remis</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>noté absent</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>claim it</source>
        <translation>la prendre en charge</translation>
    </message>
    <message>
        <source>put it back in the queue</source>
        <translation>la remettre dans la file</translation>
    </message>
    <message>
        <source>mark it ready</source>
        <translation>la marquer prête</translation>
    </message>
    <message>
        <source>hand it over</source>
        <translation>la remettre</translation>
    </message>
    <message>
        <source>cancel it</source>
        <translation>l’annuler</translation>
    </message>
    <message>
        <source>mark it as a no-show</source>
        <translation>la noter absente</translation>
    </message>
    <message>
        <source>answer it</source>
        <translation>y répondre</translation>
    </message>
    <message>
        <source>reprint its slip</source>
        <translation>réimprimer son ticket</translation>
    </message>
    <message>
        <source>add staff accounts</source>
        <translation>ajouter des comptes</translation>
    </message>
    <message>
        <source>add an admin</source>
        <translation>ajouter un admin</translation>
    </message>
    <message>
        <source>switch staff accounts on or off</source>
        <translation>activer ou désactiver des comptes</translation>
    </message>
    <message>
        <source>unlock staff accounts or set their PIN</source>
        <translation>débloquer des comptes ou leur donner un code PIN</translation>
    </message>
    <message>
        <source>unlock a kiosk&apos;s staff menu</source>
        <translation>débloquer le menu de l’équipe d’une borne</translation>
    </message>
    <message>
        <source>add supplies</source>
        <translation>ajouter des articles</translation>
    </message>
    <message>
        <source>change the catalogue</source>
        <translation>modifier le catalogue</translation>
    </message>
    <message>
        <source>switch supplies on or off</source>
        <translation>activer ou retirer des articles</translation>
    </message>
    <message>
        <source>change the site settings</source>
        <translation>modifier les réglages du site</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal</translation>
    </message>
    <message>
        <source>see and export reports</source>
        <translation>voir et exporter les rapports</translation>
    </message>
    <message>
        <source>add or rename sites</source>
        <translation>ajouter ou renommer des sites</translation>
    </message>
    <message>
        <source>add an organisation admin</source>
        <translation>ajouter un admin de l’organisation</translation>
    </message>
    <message>
        <source>work at another site</source>
        <translation>travailler sur un autre site</translation>
    </message>
    <message>
        <source>copy a catalogue between sites</source>
        <translation>copier un catalogue d’un site à l’autre</translation>
    </message>
    <message>
        <source>move stock between sites</source>
        <translation>déplacer du stock d’un site à l’autre</translation>
    </message>
    <message>
        <source>see reports for other sites</source>
        <translation>voir les rapports des autres sites</translation>
    </message>
</context>
<context>
    <name>EditSupplyDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Names as visitors read them, how many one visitor can ask for, and when stock counts as low.</source>
        <translation>Les noms tels que les visiteurs les lisent, combien une personne peut en demander, et quand le stock est considéré comme bas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>Limite par visite</translation>
    </message>
    <message>
        <source>Most for a visitor and others</source>
        <translation>Maximum pour une personne et les autres</translation>
    </message>
    <message>
        <source>No cap: the limit grows with each person</source>
        <translation>Sans plafond : la limite grandit avec chaque personne</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bas à partir de</translation>
    </message>
    <message>
        <source>An English name is needed.</source>
        <translation>Il faut un nom en anglais.</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>a kiosk</source>
        <translation>une borne</translation>
    </message>
    <message>
        <source>Overdose at {place}, call {code}. Go now.</source>
        <translation>Surdose à {place}, appelez le {code}. Allez-y maintenant.</translation>
    </message>
    <message>
        <source>Overdose at {place}, call {code}: {names} going.</source>
        <translation>Surdose à {place}, appelez le {code} : {names} y vont.</translation>
    </message>
    <message>
        <source>1 more emergency open.</source>
        <translation>1 autre urgence ouverte.</translation>
    </message>
    <message>
        <source>{n} more emergencies open.</source>
        <translation>{n} autres urgences ouvertes.</translation>
    </message>
    <message>
        <source>Sign in to respond</source>
        <translation>Connectez-vous pour répondre</translation>
    </message>
    <message>
        <source>I&apos;m going too</source>
        <translation>J’y vais aussi</translation>
    </message>
    <message>
        <source>Tell the other staff screens that you are going as well</source>
        <translation>Prévenir les autres écrans de l’équipe que vous y allez aussi</translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation>J’y vais</translation>
    </message>
    <message>
        <source>Tell the other staff screens that you are responding</source>
        <translation>Prévenir les autres écrans de l’équipe que vous répondez</translation>
    </message>
</context>
<context>
    <name>EmergencyNotification</name>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
</context>
<context>
    <name>EmergencyScreen</name>
    <message>
        <source>Is someone overdosing?</source>
        <translation>Quelqu&apos;un fait une surdose&#xa0;?</translation>
    </message>
    <message>
        <source>Yes — get staff now</source>
        <translation>Oui — appeler l&apos;équipe maintenant</translation>
    </message>
    <message>
        <source>Yes, someone is overdosing: get staff now</source>
        <translation>Oui, quelqu&apos;un fait une surdose&#xa0;: appeler l&apos;équipe maintenant</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <source>%1 from staff is coming</source>
        <translation>%1, de l&apos;équipe, arrive</translation>
    </message>
    <message>
        <source>A staff member is coming</source>
        <translation>Un membre de l&apos;équipe arrive</translation>
    </message>
    <message>
        <source>Telling staff…</source>
        <translation>On prévient l&apos;équipe…</translation>
    </message>
    <message>
        <source>Staff have been told — keep going with the steps</source>
        <translation>L&apos;équipe est prévenue — continuez les étapes</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t reach staff. Shout for help and send someone to the window.</source>
        <translation>La borne n&apos;arrive pas à joindre l&apos;équipe. Criez pour avoir de l&apos;aide et envoyez quelqu&apos;un au guichet.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appelez le %1</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Numéro d&apos;urgence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Naloxone kit: %1</source>
        <translation>Trousse de naloxone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call %1. Say: someone is not breathing.</source>
        <translation>Appelez le %1. Dites&#xa0;: une personne ne respire pas.</translation>
    </message>
    <message>
        <source>Give naloxone: one spray up the nose, or a shot in the thigh. No change after 2 to 3 minutes? Give another.</source>
        <translation>Donnez de la naloxone&#xa0;: une pulvérisation dans le nez, ou une injection dans la cuisse. Aucun changement après 2 à 3 minutes&#xa0;? Redonnez-en.</translation>
    </message>
    <message>
        <source>Breathe for them: tilt the head back, pinch the nose, one breath every 5 seconds.</source>
        <translation>Respirez pour la personne&#xa0;: tête en arrière, nez pincé, une insufflation toutes les 5 secondes.</translation>
    </message>
    <message>
        <source>Stay with them. Breathing but sleepy? Roll them onto their side.</source>
        <translation>Restez avec elle. Elle respire mais reste endormie&#xa0;? Tournez-la sur le côté.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Pas bien</translation>
    </message>
    <message>
        <source>A supply that was out</source>
        <translation>Un article épuisé</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Un service</translation>
    </message>
    <message>
        <source>Information I couldn&apos;t find</source>
        <translation>Une information que je n&apos;ai pas trouvée</translation>
    </message>
    <message>
        <source>The wait</source>
        <translation>L&apos;attente</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Have your say</source>
        <extracomment>Chips per row: a grid keeps every row on screen, however long the words. At most this many &quot;out today&quot; supplies are offered.</extracomment>
        <translation>Donnez votre avis</translation>
    </message>
    <message>
        <source>Tap what fits, or skip. No names, nothing written: staff only see the totals.</source>
        <translation>Touchez ce qui vous correspond, ou passez. Pas de nom, rien à écrire&#xa0;: l&apos;équipe ne voit que les totaux.</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Comment s&apos;est passée votre visite aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Was anything missing?</source>
        <translation>Est-ce qu&apos;il manquait quelque chose&#xa0;?</translation>
    </message>
    <message>
        <source>Out today. Tap what you wanted, so staff know to get more:</source>
        <translation>Épuisé aujourd&apos;hui. Touchez ce que vous vouliez, pour que l&apos;équipe en commande plus&#xa0;:</translation>
    </message>
    <message>
        <source>Thank you. Staff look at these totals to decide what to get more of.</source>
        <translation>Merci. L&apos;équipe regarde ces totaux pour choisir ce qu&apos;il faut commander en plus.</translation>
    </message>
    <message>
        <source>Your answers couldn&apos;t be sent right now. Thank you all the same.</source>
        <translation>Vos réponses n&apos;ont pas pu être envoyées pour le moment. Merci quand même.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip: back to the start</source>
        <translation>Passer&#xa0;: retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>%1: I wanted this ✓</source>
        <translation>%1&#xa0;: je le voulais ✓</translation>
    </message>
    <message>
        <source>%1 (out today)</source>
        <translation>%1 (épuisé aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>%1 is out today. I wanted this</source>
        <translation>%1 est épuisé aujourd&apos;hui. Je le voulais</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>FulfilDialog</name>
    <message>
        <source>Hand over {code}</source>
        <extracomment>The reason chosen when the cancel dialog opens: the one staff pick most.</extracomment>
        <translation>Remettre {code}</translation>
    </message>
    <message>
        <source>Check what you hand over for {code}. Stock goes down by these numbers.</source>
        <translation>Vérifiez ce que vous remettez pour {code}. Le stock baisse de ces quantités.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En rayon</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <source>{n} of {name} on the shelf; {outlook}. Newest first.</source>
        <translation>{n} de {name} en rayon ; {outlook}. Les plus récents d’abord.</translation>
    </message>
    <message>
        <source>{n} of {name} on the shelf. Newest first.</source>
        <translation>{n} de {name} en rayon. Les plus récents d’abord.</translation>
    </message>
    <message>
        <source>{lot}: {n}</source>
        <translation>{lot} : {n}</translation>
    </message>
    <message>
        <source>On the shelf by lot, earliest first: {lots}</source>
        <translation>En rayon par lot, la date la plus proche d’abord : {lots}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>On the shelf after</source>
        <translation>En rayon après</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>From, lot</source>
        <translation>Provenance, lot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds</source>
        <translation>
            <numerusform>On recommence dans %n seconde</numerusform>
            <numerusform>On recommence dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>To keep your choices private, the kiosk clears them when no one is using it.</source>
        <translation>Pour garder vos choix privés, la borne les efface quand personne ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis encore là</translation>
    </message>
</context>
<context>
    <name>InformationScreen</name>
    <message>
        <source>The information is loading…</source>
        <translation>L&apos;information se charge…</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Trouver un sujet</translation>
    </message>
    <message>
        <source>Tap a word to see the pages about it</source>
        <translation>Touchez un mot pour voir les pages sur ce sujet</translation>
    </message>
    <message>
        <source>Tap a word to find pages about it.</source>
        <translation>Touchez un mot pour trouver les pages qui en parlent.</translation>
    </message>
    <message>
        <source>No pages about that yet. Ask staff: they are happy to help.</source>
        <translation>Pas encore de page sur ce sujet. Demandez à l&apos;équipe&#xa0;: elle est là pour vous aider.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Pages about “%1”</source>
        <translation>Pages sur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>My language</source>
        <translation>Ma langue</translation>
    </message>
    <message>
        <source>The back office speaks this language whenever you sign in, on every staff PC.</source>
        <translation>L’espace équipe s’affiche dans cette langue chaque fois que vous vous connectez, sur tous les postes de l’équipe.</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Utiliser cette langue</translation>
    </message>
    <message>
        <source>This station&apos;s language ({language})</source>
        <translation>La langue de ce poste ({language})</translation>
    </message>
</context>
<context>
    <name>LotSuggestion</name>
    <message>
        <source>{name} — {picks}</source>
        <translation>{name} — {picks}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>OthersChoice</name>
    <message>
        <source>Who is it for?</source>
        <translation>C&apos;est pour qui&#xa0;?</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Juste moi</translation>
    </message>
    <message>
        <source>Just for me</source>
        <translation>Juste pour moi</translation>
    </message>
    <message>
        <source>For me and one other person</source>
        <translation>Pour moi et une autre personne</translation>
    </message>
    <message numerus="yes">
        <source>For me and %n others</source>
        <translation>
            <numerusform>Pour moi et %n autre personne</numerusform>
            <numerusform>Pour moi et %n autres personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>I used naloxone on someone</source>
        <extracomment>Pages that offer &quot;I used naloxone on someone&quot;.</extracomment>
        <translation>J&apos;ai utilisé de la naloxone</translation>
    </message>
    <message>
        <source>Print these</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print these places and numbers on paper</source>
        <translation>Imprimer ces adresses et ces numéros sur papier</translation>
    </message>
    <message>
        <source>This page isn&apos;t translated yet, so it is shown in English.</source>
        <translation>Cette page n&apos;est pas encore traduite, elle est donc affichée en anglais.</translation>
    </message>
    <message>
        <source>Scan with your phone</source>
        <translation>Scannez avec votre téléphone</translation>
    </message>
    <message>
        <source>Information page</source>
        <translation>Page d&apos;information</translation>
    </message>
</context>
<context>
    <name>PinDialogs</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>NIP du personnel</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Vérifier le NIP</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Annuler et revenir</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n chiffre tapé</numerusform>
            <numerusform>%n chiffres tapés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Where is {station}?</source>
        <translation>Où se trouve {station} ?</translation>
    </message>
    <message>
        <source>Staff read this when someone taps the overdose button here: “Overdose at the hallway kiosk, call 7JH. Go now.” Write where it stands, e.g. “the hallway kiosk” or “the front room, by the door”.</source>
        <translation>L’équipe lit ceci quand quelqu’un touche le bouton de surdose ici : « Surdose à la borne du couloir, appel 7JH. Allez-y. » Écrivez où il se trouve, par ex. « la borne du couloir » ou « la salle d’accueil, près de la porte ».</translation>
    </message>
    <message>
        <source>Save the place</source>
        <translation>Enregistrer l’emplacement</translation>
    </message>
    <message>
        <source>the hallway kiosk</source>
        <translation>la borne du couloir</translation>
    </message>
    <message>
        <source>Where is the naloxone kit kept?</source>
        <translation>Où est rangée la trousse de naloxone ?</translation>
    </message>
    <message>
        <source>The kiosk&apos;s emergency screen shows this, so a visitor can fetch the kit, e.g. “red box by the door”.</source>
        <translation>L’écran d’urgence de la borne l’affiche, pour qu’une personne puisse aller chercher la trousse, par ex. « boîte rouge près de la porte ».</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>red box by the door</source>
        <translation>boîte rouge près de la porte</translation>
    </message>
</context>
<context>
    <name>PrinterWords</name>
    <message>
        <source>Paper is jammed in printer {queue}.</source>
        <translation>Le papier est coincé dans l&apos;imprimante {queue}.</translation>
    </message>
    <message>
        <source>The cover of printer {queue} is open.</source>
        <translation>Le capot de l&apos;imprimante {queue} est ouvert.</translation>
    </message>
    <message>
        <source>Printer {queue} is out of paper.</source>
        <translation>L&apos;imprimante {queue} n&apos;a plus de papier.</translation>
    </message>
    <message>
        <source>Printer {queue} is switched off or not connected.</source>
        <translation>L&apos;imprimante {queue} est éteinte ou n&apos;est pas branchée.</translation>
    </message>
    <message>
        <source>Printer {queue} reports a problem: {problems}.</source>
        <translation>L&apos;imprimante {queue} signale un problème : {problems}.</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is stopped ({reason}).</source>
        <translation>La file de l&apos;imprimante {queue} est arrêtée ({reason}).</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is stopped.</source>
        <translation>La file de l&apos;imprimante {queue} est arrêtée.</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is not accepting jobs ({reason}).</source>
        <translation>La file de l&apos;imprimante {queue} n&apos;accepte pas de travaux ({reason}).</translation>
    </message>
    <message>
        <source>The queue for printer {queue} is not accepting jobs.</source>
        <translation>La file de l&apos;imprimante {queue} n&apos;accepte pas de travaux.</translation>
    </message>
    <message>
        <source>Printer {queue} is working; its {supply} is running low.</source>
        <translation>L&apos;imprimante {queue} fonctionne ; bientôt plus assez de : {supply}.</translation>
    </message>
    <message>
        <source>Printer {queue} is working; its {first} and {second} are running low.</source>
        <translation>L&apos;imprimante {queue} fonctionne ; bientôt plus assez de : {first} et {second}.</translation>
    </message>
    <message>
        <source>Printer {queue} is printing.</source>
        <translation>L&apos;imprimante {queue} imprime.</translation>
    </message>
    <message>
        <source>Printer {queue} is ready.</source>
        <translation>L&apos;imprimante {queue} est prête.</translation>
    </message>
    <message>
        <source>Printer {queue} is in a state the kiosk does not know: {state}</source>
        <translation>L&apos;imprimante {queue} est dans un état que la borne ne connaît pas : {state}</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running on this computer.</source>
        <translation>Le service d&apos;impression (CUPS) ne tourne pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not answer within {seconds} s.</source>
        <translation>Le service d&apos;impression (CUPS) n&apos;a pas répondu en {seconds} s.</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not take the job within {seconds} s.</source>
        <translation>Le service d&apos;impression (CUPS) n&apos;a pas pris le travail en {seconds} s.</translation>
    </message>
    <message>
        <source>CUPS is not installed on this computer.</source>
        <translation>CUPS n&apos;est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>CUPS has no printer queue called {queue}.</source>
        <translation>CUPS n&apos;a pas de file d&apos;impression nommée {queue}.</translation>
    </message>
    <message>
        <source>CUPS refused the job for {queue}.</source>
        <translation>CUPS a refusé le travail pour {queue}.</translation>
    </message>
    <message>
        <source>Could not ask CUPS about the printer: {reason}.</source>
        <translation>Impossible d&apos;interroger CUPS sur l&apos;imprimante : {reason}.</translation>
    </message>
    <message>
        <source>Could not run lp: {reason}.</source>
        <translation>Impossible de lancer lp : {reason}.</translation>
    </message>
    <message>
        <source>No printer: slips are saved as PDF files in {folder}.</source>
        <translation>Pas d&apos;imprimante : les tickets sont enregistrés en PDF dans {folder}.</translation>
    </message>
    <message>
        <source>Cannot use the slip folder {folder}: {reason}.</source>
        <translation>Impossible d&apos;utiliser le dossier des tickets {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write to the slip folder {folder}.</source>
        <translation>Impossible d&apos;écrire dans le dossier des tickets {folder}.</translation>
    </message>
    <message>
        <source>Cannot write the slip to {folder}: {reason}.</source>
        <translation>Impossible d&apos;écrire le ticket dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Open the printer, take out the jammed paper and close it.</source>
        <translation>Ouvrez l&apos;imprimante, retirez le papier coincé et refermez-la.</translation>
    </message>
    <message>
        <source>Close the printer&apos;s cover.</source>
        <translation>Fermez le capot de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Load a new roll or more paper.</source>
        <translation>Mettez un nouveau rouleau ou du papier.</translation>
    </message>
    <message>
        <source>Check that the printer is on and its cable is plugged in.</source>
        <translation>Vérifiez que l&apos;imprimante est allumée et que son câble est branché.</translation>
    </message>
    <message>
        <source>Check the printer and its display.</source>
        <translation>Vérifiez l&apos;imprimante et son écran.</translation>
    </message>
    <message>
        <source>Then resume the queue: cupsenable {queue}.</source>
        <translation>Puis relancez la file : cupsenable {queue}.</translation>
    </message>
    <message>
        <source>Resume the queue: cupsenable {queue}.</source>
        <translation>Relancez la file : cupsenable {queue}.</translation>
    </message>
    <message>
        <source>Let it take jobs again: cupsaccept {queue}.</source>
        <translation>Laissez-la reprendre des travaux : cupsaccept {queue}.</translation>
    </message>
    <message>
        <source>Have a spare ready.</source>
        <translation>Gardez-en un de rechange à portée de main.</translation>
    </message>
    <message>
        <source>Start it (sudo systemctl start cups) or restart the computer.</source>
        <translation>Démarrez-le (sudo systemctl start cups) ou redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Check the printer name in kiosk.toml against lpstat -p, or add the queue.</source>
        <translation>Comparez le nom de l&apos;imprimante dans kiosk.toml avec lpstat -p, ou ajoutez la file.</translation>
    </message>
    <message>
        <source>Check the printer in the CUPS web page or with lpstat -l -p.</source>
        <translation>Vérifiez l&apos;imprimante dans la page web de CUPS ou avec lpstat -l -p.</translation>
    </message>
    <message>
        <source>Install it (sudo apt install cups cups-client), or leave the printer name empty to save slips as PDF files.</source>
        <translation>Installez-le (sudo apt install cups cups-client), ou laissez le nom de l&apos;imprimante vide pour enregistrer les tickets en PDF.</translation>
    </message>
    <message>
        <source>Check the slips folder in the site settings, and that this computer may write there.</source>
        <translation>Vérifiez le dossier des tickets dans les réglages du site, et que cet ordinateur a le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>paper</source>
        <extracomment>Values put back translated: the supplies a printer runs low on.</extracomment>
        <translation>papier</translation>
    </message>
    <message>
        <source>toner</source>
        <translation>toner</translation>
    </message>
    <message>
        <source>ink or ribbon</source>
        <translation>encre ou ruban</translation>
    </message>
    <message>
        <source>waste ink space</source>
        <translation>place pour l&apos;encre usagée</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>{code} is called on the board.</source>
        <extracomment>The request &quot;call next&quot; took last, for the page to select it.</extracomment>
        <translation>{code} est appelé sur l’écran.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n’attend.</translation>
    </message>
    <message>
        <source>You have {code}: it is called on the board.</source>
        <translation>Vous avez {code} : il est appelé sur l’écran.</translation>
    </message>
    <message>
        <source>Undone: {code} is back as it was.</source>
        <translation>C’est défait : {code} est revenu comme avant.</translation>
    </message>
    <message>
        <source>You have {code}.</source>
        <translation>Vous avez pris {code}.</translation>
    </message>
    <message>
        <source>{code} is back in the queue.</source>
        <translation>{code} est de retour dans la file.</translation>
    </message>
    <message>
        <source>{code} is on the ready board.</source>
        <translation>{code} est sur l’écran des codes prêts.</translation>
    </message>
    <message>
        <source>{code} marked as a no-show.</source>
        <translation>{code} noté absent.</translation>
    </message>
    <message>
        <source>The other screens know you are going to {code}.</source>
        <translation>Les autres écrans savent que vous allez vers {code}.</translation>
    </message>
    <message>
        <source>{code} closed as a false alarm.</source>
        <translation>{code} clos : fausse alerte.</translation>
    </message>
    <message>
        <source>{code} closed. The response is recorded.</source>
        <translation>{code} clos. L’intervention est enregistrée.</translation>
    </message>
    <message>
        <source>{n} naloxone kits taken from stock.</source>
        <translation>{n} trousses de naloxone retirées du stock.</translation>
    </message>
    <message>
        <source>{code} handed over.</source>
        <translation>{code} remis.</translation>
    </message>
    <message>
        <source>Less than asked: {items}.</source>
        <translation>Moins que demandé : {items}.</translation>
    </message>
    <message>
        <source>{code} cancelled.</source>
        <translation>{code} annulé.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Défaire avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>No printer is set up: the slip for {code} was saved as a PDF file.</source>
        <translation>Aucune imprimante n’est configurée : le ticket de {code} a été enregistré en PDF.</translation>
    </message>
    <message>
        <source>The slip for {code} is printing.</source>
        <translation>Le ticket de {code} s’imprime.</translation>
    </message>
    <message>
        <source>The slip could not be printed: {reason}</source>
        <translation>Le ticket n’a pas pu être imprimé : {reason}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>under 1 min</source>
        <extracomment>What a row is marked with besides its status (&quot;&quot; for nothing).</extracomment>
        <translation>moins d’1 min</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Waiting longer than this is marked; so is a ready code left this long.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Pris par</translation>
    </message>
    <message>
        <source>a kiosk</source>
        <translation>une borne</translation>
    </message>
    <message>
        <source>OVERDOSE at {place}</source>
        <translation>SURDOSE à {place}</translation>
    </message>
    <message>
        <source>+1 other</source>
        <translation>+1 autre</translation>
    </message>
    <message numerus="yes">
        <source>+%n others</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the {n} min target</source>
        <translation>Au-delà de l’objectif de {n} min</translation>
    </message>
    <message>
        <source>Not picked up for {time}</source>
        <translation>Pas retirée depuis {time}</translation>
    </message>
    <message>
        <source>Called {time} ago</source>
        <translation>Appelée il y a {time}</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Staff going</source>
        <translation>L’équipe y va</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Appeler la suivante</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation>J’y vais</translation>
    </message>
    <message>
        <source>Close with record…</source>
        <translation>Clore avec une fiche…</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fausse alerte</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Marquer prête</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Remettre…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <translation>Réimprimer le ticket</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Take the request that has waited longest and show its code on the board</source>
        <translation>Prendre la demande qui attend depuis le plus longtemps et afficher son code sur l’écran</translation>
    </message>
    <message>
        <source>Show this code on the board with a chime, so the visitor comes to the window</source>
        <translation>Afficher ce code sur l’écran avec un carillon, pour que la personne vienne au guichet</translation>
    </message>
    <message>
        <source>Tell the other staff screens that you are going to this emergency</source>
        <translation>Prévenir les autres écrans de l’équipe que vous allez à cette urgence</translation>
    </message>
    <message>
        <source>The emergency is over: note what was done, without anything about the person</source>
        <translation>L’urgence est finie : notez ce qui a été fait, sans rien sur la personne</translation>
    </message>
    <message>
        <source>Nobody needed help: close the call in one tap</source>
        <translation>Personne n’avait besoin d’aide : clore l’appel d’un seul geste</translation>
    </message>
    <message>
        <source>Take this request so nobody else prepares it</source>
        <translation>Prendre cette demande pour que personne d’autre ne la prépare</translation>
    </message>
    <message>
        <source>Put it back in the queue for someone else</source>
        <translation>La remettre dans la file pour quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Show the code on the ready board</source>
        <translation>Afficher le code sur l’écran des codes prêts</translation>
    </message>
    <message>
        <source>Give the items and take them off the stock</source>
        <translation>Remettre les articles et les retirer du stock</translation>
    </message>
    <message>
        <source>Close the request without handing anything over</source>
        <translation>Clore la demande sans rien remettre</translation>
    </message>
    <message>
        <source>Nobody came for this code</source>
        <translation>Personne n’est venu pour ce code</translation>
    </message>
    <message>
        <source>Print the visitor&apos;s pickup slip again</source>
        <translation>Réimprimer le ticket de retrait de la personne</translation>
    </message>
    <message>
        <source>Take back your last change, for a few seconds after it</source>
        <translation>Défaire votre dernière modification, pendant quelques secondes après celle-ci</translation>
    </message>
    <message>
        <source>Not picked up for {time}</source>
        <translation>Pas retirée depuis {time}</translation>
    </message>
    <message>
        <source>Over the {n} min target</source>
        <translation>Au-delà de l’objectif de {n} min</translation>
    </message>
    <message>
        <source>Open now ({n})</source>
        <translation>Ouvertes maintenant ({n})</translation>
    </message>
    <message>
        <source>Waiting ({n})</source>
        <translation>En attente ({n})</translation>
    </message>
    <message>
        <source>In progress ({n})</source>
        <translation>En cours ({n})</translation>
    </message>
    <message>
        <source>Ready ({n})</source>
        <translation>Prêtes ({n})</translation>
    </message>
    <message>
        <source>All of today ({n})</source>
        <translation>Toute la journée ({n})</translation>
    </message>
    <message>
        <source>No request with the code {code} in this list.</source>
        <translation>Aucune demande avec le code {code} dans cette liste.</translation>
    </message>
    <message>
        <source>Choose a request to act on it, or find its code.</source>
        <translation>Choisissez une demande pour agir dessus, ou cherchez son code.</translation>
    </message>
    <message>
        <source>{code}: overdose at {place}.</source>
        <translation>{code} : surdose à {place}.</translation>
    </message>
    <message>
        <source>a kiosk</source>
        <translation>une borne</translation>
    </message>
    <message>
        <source>Going: {names}.</source>
        <translation>En route : {names}.</translation>
    </message>
    <message>
        <source>Nobody has said they are going yet.</source>
        <translation>Personne n’a encore dit y aller.</translation>
    </message>
    <message>
        <source>{n} × {name} ({stock} on the shelf)</source>
        <translation>{n} × {name} ({stock} en rayon)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Hide small counts, as in shared reports</source>
        <translation>Masquer les petits nombres, comme dans les rapports partagés</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Sharps returned…</source>
        <translation>Objets pointus rapportés…</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Heures les plus chargées</translation>
    </message>
    <message>
        <source>Reports are for admins and coordinators. You can record sharps handed back here.</source>
        <translation>Les rapports sont réservés aux admins et à la coordination. Vous pouvez noter ici les objets pointus rapportés.</translation>
    </message>
    <message>
        <source>The range ends before it starts. Put the earlier date first.</source>
        <translation>La période finit avant de commencer. Mettez la date la plus ancienne en premier.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Encounters per period, by kind</source>
        <translation>Contacts par période, par type</translation>
    </message>
    <message>
        <source>Choose a range and press Show.</source>
        <translation>Choisissez une période et appuyez sur Afficher.</translation>
    </message>
    <message>
        <source>Raw numbers, for use inside the centre.</source>
        <translation>Nombres bruts, pour l’usage interne du centre.</translation>
    </message>
    <message>
        <source>Counts under {n} are hidden, as in reports you share.</source>
        <translation>Les nombres sous {n} sont masqués, comme dans les rapports que vous partagez.</translation>
    </message>
    <message>
        <source>{site}: {first} to {last}, {n} encounters. {note}</source>
        <translation>{site} : du {first} au {last}, {n} contacts. {note}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n sharps returned.</source>
        <translation>
            <numerusform>%n objet pointu rapporté noté.</numerusform>
            <numerusform>%n objets pointus rapportés notés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded {g} g of sharps returned.</source>
        <translation>{g} g d’objets pointus rapportés notés.</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Details of {name}</source>
        <translation>Coordonnées de {name}</translation>
    </message>
    <message>
        <source>Kiosks and printed slips show these. A QR code links to the web address, or dials the phone when there is none.</source>
        <translation>Les bornes et les tickets imprimés les affichent. Le code QR mène à l’adresse web, ou appelle le téléphone s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Hours ({language})</source>
        <translation>Horaires ({language})</translation>
    </message>
    <message>
        <source>Give a phone number or a web address, so the QR code leads somewhere.</source>
        <translation>Donnez un numéro de téléphone ou une adresse web, pour que le code QR mène quelque part.</translation>
    </message>
    <message>
        <source>A web address starts with https://</source>
        <translation>Une adresse web commence par https://</translation>
    </message>
</context>
<context>
    <name>ResourceModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Modifié ici</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Local services</source>
        <translation>Services locaux</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les coordonnées…</translation>
    </message>
    <message>
        <source>Use the pack&apos;s details</source>
        <translation>Reprendre les coordonnées du contenu</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Close emergency {code}</source>
        <translation>Clore l’urgence {code}</translation>
    </message>
    <message>
        <source>What happened at {code}? Tap what applies; leave out anything you don&apos;t know. Nothing here says who the person is.</source>
        <translation>Que s’est-il passé pour {code} ? Touchez ce qui s’applique ; laissez de côté ce que vous ne savez pas. Rien ici ne dit qui est la personne.</translation>
    </message>
    <message>
        <source>Naloxone doses</source>
        <translation>Doses de naloxone</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donnée par</translation>
    </message>
    <message>
        <source>Rescue breathing</source>
        <translation>Insufflations</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxygène</translation>
    </message>
    <message>
        <source>Emergency services called</source>
        <translation>Secours appelés</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
    <message>
        <source>Nose spray</source>
        <translation>Spray nasal</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Responsive</source>
        <translation>Réagit</translation>
    </message>
    <message>
        <source>Taken to hospital</source>
        <translation>Emmenée à l’hôpital</translation>
    </message>
    <message>
        <source>Refused transport</source>
        <translation>Transport refusé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Needed more than one dose</source>
        <translation>Plus d’une dose nécessaire</translation>
    </message>
    <message>
        <source>Xylazine suspected</source>
        <translation>Xylazine soupçonnée</translation>
    </message>
    <message>
        <source>Stimulants involved</source>
        <translation>Stimulants en cause</translation>
    </message>
    <message>
        <source>Person was using alone</source>
        <translation>La personne consommait seule</translation>
    </message>
    <message>
        <source>Left before help arrived</source>
        <translation>Partie avant l’arrivée des secours</translation>
    </message>
    <message>
        <source>Take {n} naloxone kits from stock (to replace the ones used)</source>
        <translation>Retirer {n} trousses de naloxone du stock (pour remplacer celles utilisées)</translation>
    </message>
    <message>
        <source>Close the emergency</source>
        <translation>Clore l’urgence</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <source>Receive {name}</source>
        <translation>Recevoir {name}</translation>
    </message>
    <message>
        <source>{n} of {name} on the shelf now. How many arrived, and from where?</source>
        <translation>{n} de {name} en rayon maintenant. Combien en sont arrivés, et d’où ?</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Ajouter au stock</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Who gave or sold it (optional)</source>
        <translation>Qui l’a donné ou vendu (facultatif)</translation>
    </message>
    <message>
        <source>As printed on the box (optional)</source>
        <translation>Tel qu’imprimé sur la boîte (facultatif)</translation>
    </message>
    <message>
        <source>It has an expiry date</source>
        <translation>Il a une date de péremption</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Donor or supplier</source>
        <translation>Donateur ou fournisseur</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>À utiliser avant</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
</context>
<context>
    <name>ReversalScreen</name>
    <message>
        <source>How many doses of naloxone did you give?</source>
        <extracomment>Each question, its answers (stored key, words), in the order they are asked.</extracomment>
        <translation>Combien de doses de naloxone avez-vous données&#xa0;?</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 dose</translation>
    </message>
    <message>
        <source>2 doses</source>
        <translation>2 doses</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 ou plus</translation>
    </message>
    <message>
        <source>Did the person wake up?</source>
        <translation>La personne s&apos;est-elle réveillée&#xa0;?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Was emergency help called?</source>
        <translation>Les secours ont-ils été appelés&#xa0;?</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Je préfère ne pas le dire</translation>
    </message>
    <message>
        <source>Where did the naloxone come from?</source>
        <translation>D&apos;où venait la naloxone&#xa0;?</translation>
    </message>
    <message>
        <source>From here</source>
        <translation>D&apos;ici</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>D&apos;ailleurs</translation>
    </message>
    <message>
        <source>Thank you for telling us. Tap an answer, or skip any question. No names, nothing written.</source>
        <translation>Merci de nous le dire. Touchez une réponse, ou passez n&apos;importe quelle question. Pas de nom, rien à écrire.</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Passer cette question</translation>
    </message>
    <message>
        <source>Thank you. You may have saved a life.</source>
        <translation>Merci. Vous avez peut-être sauvé une vie.</translation>
    </message>
    <message>
        <source>Whatever you feel now is normal: shaky, scared, numb, angry or nothing at all. You don&apos;t have to carry it alone.</source>
        <translation>Ce que vous ressentez est normal&#xa0;: tremblements, peur, engourdissement, colère, ou rien du tout. Vous n&apos;avez pas à vivre ça sans soutien.</translation>
    </message>
    <message>
        <source>Only the answers were counted: no name, no time, nothing about you.</source>
        <translation>Seules les réponses ont été comptées&#xa0;: pas de nom, pas d&apos;heure, rien sur vous.</translation>
    </message>
    <message>
        <source>Your answers couldn&apos;t be counted right now. Thank you for telling us.</source>
        <translation>Vos réponses n&apos;ont pas pu être comptées pour le moment. Merci de nous l&apos;avoir dit.</translation>
    </message>
    <message>
        <source>Talk to staff</source>
        <translation>Parler à l&apos;équipe</translation>
    </message>
    <message>
        <source>Talk to someone on staff</source>
        <translation>Parler à quelqu&apos;un de l&apos;équipe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: back to the start</source>
        <translation>Terminé&#xa0;: retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Get a naloxone refill</source>
        <translation>Recevoir une nouvelle trousse de naloxone</translation>
    </message>
    <message>
        <source>Naloxone is out today</source>
        <translation>Plus de naloxone aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>ReviewLine</name>
    <message>
        <source>Remove</source>
        <extracomment>What the line shows, so the review screen can tell whether a spare one still fits.</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your request</source>
        <translation>Vérifiez votre demande</translation>
    </message>
    <message>
        <source>Change the numbers or remove things, then send it to staff.</source>
        <translation>Changez les quantités ou retirez des choses, puis envoyez la demande à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Your list is empty. Tap “Add more” to choose something.</source>
        <translation>Votre liste est vide. Touchez «&#xa0;Ajouter&#xa0;» pour choisir quelque chose.</translation>
    </message>
    <message>
        <source>Add more</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add more things</source>
        <translation>Ajouter d&apos;autres choses</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Envoyer ma demande</translation>
    </message>
</context>
<context>
    <name>SettingMeanings</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Visitor kiosks</source>
        <translation>Bornes pour le public</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Espace équipe</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Records and reports</source>
        <translation>Dossiers et rapports</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <extracomment>Setting → (its name, what it means).</extracomment>
        <translation>Langues proposées</translation>
    </message>
    <message>
        <source>The languages a visitor can choose on the kiosk.</source>
        <translation>Les langues qu’une personne peut choisir sur la borne.</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Première langue</translation>
    </message>
    <message>
        <source>The language the kiosk shows when a new visitor walks up.</source>
        <translation>La langue affichée par la borne quand une nouvelle personne s’approche.</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Délai d’inactivité</translation>
    </message>
    <message>
        <source>After this many seconds without a touch the kiosk clears the visit and starts over.</source>
        <translation>Après ce nombre de secondes sans contact, la borne efface la visite et recommence.</translation>
    </message>
    <message>
        <source>Warning before clearing</source>
        <translation>Avertissement avant l’effacement</translation>
    </message>
    <message>
        <source>How many seconds the kiosk counts down before it clears a visit.</source>
        <translation>Pendant combien de secondes la borne compte à rebours avant d’effacer une visite.</translation>
    </message>
    <message>
        <source>Supplies per request</source>
        <translation>Articles par demande</translation>
    </message>
    <message>
        <source>How many different supplies one request can hold. Each supply&apos;s own limit per visit is set on the Stock page.</source>
        <translation>Combien d’articles différents une demande peut contenir. La limite par visite de chaque article se règle sur la page Stock.</translation>
    </message>
    <message>
        <source>Minutes per request</source>
        <translation>Minutes par demande</translation>
    </message>
    <message>
        <source>Used for the wait a visitor is told: requests ahead times this.</source>
        <translation>Sert à calculer l’attente annoncée à la personne : les demandes avant elle multipliées par ce nombre.</translation>
    </message>
    <message>
        <source>Others one visitor can pick up for</source>
        <translation>Autres personnes pour qui on peut retirer</translation>
    </message>
    <message>
        <source>A visitor can say a request is also for friends who can&apos;t come in; limits per visit grow with them. 0 means each request is for the visitor alone.</source>
        <translation>Une personne peut indiquer qu’une demande est aussi pour des proches qui ne peuvent pas venir ; les limites par visite augmentent en conséquence. 0 veut dire que chaque demande est pour la personne seule.</translation>
    </message>
    <message>
        <source>Waiting target</source>
        <translation>Objectif d’attente</translation>
    </message>
    <message>
        <source>The queue marks a request that has waited longer than this.</source>
        <translation>La file signale une demande qui attend depuis plus longtemps que cela.</translation>
    </message>
    <message>
        <source>Ready but not picked up</source>
        <translation>Prête mais pas retirée</translation>
    </message>
    <message>
        <source>The queue marks a ready request nobody has picked up after this long.</source>
        <translation>La file signale une demande prête que personne n’a retirée après ce délai.</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Numéro d’urgence</translation>
    </message>
    <message>
        <source>The number the emergency screen tells people to call.</source>
        <translation>Le numéro que l’écran d’urgence demande d’appeler.</translation>
    </message>
    <message>
        <source>The centre&apos;s name in each language</source>
        <translation>Le nom du centre dans chaque langue</translation>
    </message>
    <message>
        <source>Shown on the kiosk&apos;s top bar and slips; left empty, the site&apos;s own name is used.</source>
        <translation>Affiché en haut de la borne et sur les tickets ; laissé vide, c’est le nom du site qui s’affiche.</translation>
    </message>
    <message>
        <source>Where the naloxone is</source>
        <translation>Où se trouve la naloxone</translation>
    </message>
    <message>
        <source>Shown on the emergency screen, in each language (&quot;red box by the door&quot;).</source>
        <translation>Affiché sur l’écran d’urgence, dans chaque langue (« boîte rouge près de la porte »).</translation>
    </message>
    <message>
        <source>Staff sign-out</source>
        <translation>Déconnexion de l’équipe</translation>
    </message>
    <message>
        <source>Minutes without use before the back office signs a person out.</source>
        <translation>Minutes sans utilisation avant que l’espace équipe déconnecte la personne.</translation>
    </message>
    <message>
        <source>Chime for new requests</source>
        <translation>Carillon pour les nouvelles demandes</translation>
    </message>
    <message>
        <source>The back office chimes when a new request comes in.</source>
        <translation>L’espace équipe fait entendre un carillon quand une nouvelle demande arrive.</translation>
    </message>
    <message>
        <source>Chime on the ready board</source>
        <translation>Carillon sur l’écran des codes prêts</translation>
    </message>
    <message>
        <source>The public board chimes when a code is ready.</source>
        <translation>L’écran public fait entendre un carillon quand un code est prêt.</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Avertissement de péremption</translation>
    </message>
    <message>
        <source>Lots that expire within this many days show a notice on every staff screen.</source>
        <translation>Les lots qui périment dans ce nombre de jours affichent un avis sur chaque écran de l’équipe.</translation>
    </message>
    <message>
        <source>Supplies on the slip</source>
        <translation>Articles sur le ticket</translation>
    </message>
    <message>
        <source>The printed slip lists what was asked for, not only the code.</source>
        <translation>Le ticket imprimé liste ce qui a été demandé, pas seulement le code.</translation>
    </message>
    <message>
        <source>Site printer</source>
        <translation>Imprimante du site</translation>
    </message>
    <message>
        <source>The printer name for the whole site. Empty: each station uses the printer in its own configuration.</source>
        <translation>Le nom de l’imprimante pour tout le site. Vide : chaque poste utilise l’imprimante de sa propre configuration.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The paper in the site&apos;s printers. Empty: each station&apos;s own configuration.</source>
        <translation>Le papier des imprimantes du site. Vide : la configuration propre à chaque poste.</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>Dossier PDF</translation>
    </message>
    <message>
        <source>Where slips are saved as PDF files when there is no printer.</source>
        <translation>Où les tickets sont enregistrés en PDF quand il n’y a pas d’imprimante.</translation>
    </message>
    <message>
        <source>Keep requests for</source>
        <translation>Garder les demandes</translation>
    </message>
    <message>
        <source>Days a closed request is kept before only its counts remain for reports.</source>
        <translation>Nombre de jours pendant lesquels une demande close est gardée, avant qu’il ne reste que ses chiffres pour les rapports.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The zone reports count days and hours in, such as America/Toronto.</source>
        <translation>Le fuseau dans lequel les rapports comptent les jours et les heures, comme America/Toronto.</translation>
    </message>
    <message>
        <source>Small counts in shared reports</source>
        <translation>Petits nombres dans les rapports partagés</translation>
    </message>
    <message>
        <source>Counts below this print as &quot;&lt;5&quot; in reports shared outside, so nobody is singled out.</source>
        <translation>Les nombres plus petits s’affichent « &lt;5 » dans les rapports partagés à l’extérieur, pour que personne ne soit reconnaissable.</translation>
    </message>
    <message>
        <source>Returned sharps per kilogram</source>
        <translation>Objets pointus rapportés par kilogramme</translation>
    </message>
    <message>
        <source>How many returned sharps a kilogram stands for; 0 shows weights as they are.</source>
        <translation>Combien d’objets pointus rapportés un kilogramme représente ; 0 affiche les poids tels quels.</translation>
    </message>
    <message>
        <source>Each station&apos;s own</source>
        <translation>Celui de chaque poste</translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation>Rouleau de reçus</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> supplies</source>
        <translation> articles</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Saisissez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <source>Keep it to {n} characters.</source>
        <translation>{n} caractères au maximum.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter some text.</source>
        <translation>Saisissez du texte.</translation>
    </message>
    <message>
        <source>Enter a number a phone can dial, such as 911.</source>
        <translation>Saisissez un numéro qu’un téléphone peut composer, comme le 911.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choisissez une des valeurs proposées.</translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Proposez au moins une langue.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Choisissez une des langues proposées.</translation>
    </message>
    <message>
        <source>Enter a time zone such as America/Toronto or Europe/Paris.</source>
        <translation>Saisissez un fuseau horaire comme America/Toronto ou Europe/Paris.</translation>
    </message>
    <message>
        <source>The warning must be shorter than the quiet time.</source>
        <translation>L’avertissement doit être plus court que le délai d’inactivité.</translation>
    </message>
    <message>
        <source>The first language must be one of the languages offered.</source>
        <translation>La première langue doit faire partie des langues proposées.</translation>
    </message>
    <message>
        <source>This value can&apos;t be used.</source>
        <translation>Cette valeur ne peut pas être utilisée.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Défaire mes modifications</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Not saved: check the fields marked in red.</source>
        <translation>Non enregistré : vérifiez les champs en rouge.</translation>
    </message>
    <message numerus="yes">
        <source>Changes not saved yet: %n</source>
        <translation>
            <numerusform>Modification pas encore enregistrée : %n</numerusform>
            <numerusform>Modifications pas encore enregistrées : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every station uses the new settings now.</source>
        <translation>Enregistré. Tous les postes utilisent maintenant les nouveaux réglages.</translation>
    </message>
    <message>
        <source>Changes apply on every station as soon as they are saved.</source>
        <translation>Les modifications s’appliquent sur tous les postes dès qu’elles sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>SharpsDialog</name>
    <message>
        <source>Sharps returned</source>
        <translation>Objets pointus rapportés</translation>
    </message>
    <message>
        <source>Count the used sharps someone brought back, or weigh the container.</source>
        <translation>Comptez les objets pointus usagés rapportés, ou pesez le contenant.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Counted, one by one</source>
        <translation>Comptés un par un</translation>
    </message>
    <message>
        <source>Weighed, in grams</source>
        <translation>Pesés, en grammes</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Grams</source>
        <translation>Grammes</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Choose your name first.</source>
        <translation>Choisissez d’abord votre nom.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. An admin must unlock this account.</source>
        <translation>Trop de codes PIN erronés. Un admin doit débloquer ce compte.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an admin.</source>
        <translation>Ce compte est désactivé. Demandez à un admin.</translation>
    </message>
    <message>
        <source>That name and PIN don&apos;t match.</source>
        <translation>Ce nom et ce code PIN ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>{n} more wrong PINs lock the account.</source>
        <translation>Encore {n} codes PIN erronés et le compte se bloque.</translation>
    </message>
    <message>
        <source>Please wait {n} seconds before trying again.</source>
        <translation>Attendez {n} secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN.</source>
        <translation>Choisissez votre nom, puis saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
</context>
<context>
    <name>SiteSwitcher</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Work on site</source>
        <translation>Travailler sur le site</translation>
    </message>
</context>
<context>
    <name>SoundBoard</name>
    <message>
        <source>The emergency sound can&apos;t play: this PC has no sound output. Connect speakers and check the volume; until then the system beep stands in.</source>
        <translation>Le son d&apos;urgence ne peut pas jouer&#xa0;: ce PC n&apos;a pas de sortie son. Branchez des haut-parleurs et vérifiez le volume ; en attendant, le bip du système le remplace.</translation>
    </message>
    <message>
        <source>The emergency sound can&apos;t play: Qt Multimedia needs {libraries}. Install {packages}; until then the system beep stands in.</source>
        <translation>Le son d&apos;urgence ne peut pas jouer&#xa0;: Qt Multimedia a besoin de {libraries}. Installez {packages} ; en attendant, le bip du système le remplace.</translation>
    </message>
    <message>
        <source>The emergency sound can&apos;t play: Qt Multimedia is not available on this PC. Until it is, the system beep stands in.</source>
        <translation>Le son d&apos;urgence ne peut pas jouer&#xa0;: Qt Multimedia n&apos;est pas disponible sur ce PC. En attendant, le bip du système le remplace.</translation>
    </message>
</context>
<context>
    <name>StaffContext</name>
    <message>
        <source>Only an admin can do that.</source>
        <extracomment>The longest the queue waits between looks at its times (it wakes sooner when one is due to change).</extracomment>
        <translation>Seul un admin peut faire cela.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <source>Staff menu (hold for three seconds)</source>
        <extracomment>Keys eaten with any modifiers. Keys eaten when Alt, Ctrl or Meta is down (Alt+F4, Ctrl+W, Ctrl+Q, Alt+Tab...).</extracomment>
        <translation>Menu du personnel (appuyer trois secondes)</translation>
    </message>
</context>
<context>
    <name>StaffCrash</name>
    <message>
        <source>Something went wrong and was written to the log. You can go on working.</source>
        <translation>Un problème est survenu et a été noté dans le journal. Vous pouvez continuer à travailler.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Menu du personnel</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reprint the last slip</source>
        <translation>Réimprimer le dernier ticket</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Wrong PINs in a row</source>
        <translation>Codes PIN erronés d’affilée</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked: needs unlocking</source>
        <translation>Bloqué : à débloquer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>StaffPageWidget</name>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Changer mon code PIN…</translation>
    </message>
    <message>
        <source>My language…</source>
        <translation>Ma langue…</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Ajouter quelqu’un…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>{name} is switched off.</source>
        <translation>Le compte de {name} est désactivé.</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>Le compte de {name} est débloqué.</translation>
    </message>
    <message>
        <source>The back office now speaks your language.</source>
        <translation>L’espace équipe est maintenant dans votre langue.</translation>
    </message>
    <message>
        <source>{name} can sign in now.</source>
        <translation>{name} peut se connecter maintenant.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>Votre code PIN est changé.</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>The visitor left</source>
        <translation>La personne est partie</translation>
    </message>
    <message>
        <source>Asked twice (duplicate)</source>
        <translation>Demandé deux fois (doublon)</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>Pas disponible pour le moment</translation>
    </message>
    <message>
        <source>The visitor asked to cancel</source>
        <translation>La personne a demandé d’annuler</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Une autre raison</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Correction du comptage</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Given outside the queue</source>
        <translation>Remis hors de la file</translation>
    </message>
    <message>
        <source>Transfer to or from another site</source>
        <translation>Transfert vers ou depuis un autre site</translation>
    </message>
    <message>
        <source>Sent to another site</source>
        <translation>Envoyé à un autre site</translation>
    </message>
    <message>
        <source>Received from another site</source>
        <translation>Reçu d’un autre site</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Visitor kiosk</source>
        <translation>Borne des visiteurs</translation>
    </message>
    <message>
        <source>Staff PC</source>
        <translation>Poste de l’équipe</translation>
    </message>
    <message>
        <source>Ready board</source>
        <translation>Écran des codes prêts</translation>
    </message>
    <message>
        <source>Printer not found</source>
        <translation>Imprimante introuvable</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression en cours</translation>
    </message>
    <message>
        <source>Ready, running low</source>
        <translation>Prête, bientôt à court</translation>
    </message>
    <message>
        <source>Queue stopped</source>
        <translation>File d’impression arrêtée</translation>
    </message>
    <message>
        <source>Not taking jobs</source>
        <translation>N’accepte pas d’impressions</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Plus de papier</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Bourrage papier</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Capot ouvert</translation>
    </message>
    <message>
        <source>Off or unplugged</source>
        <translation>Éteinte ou débranchée</translation>
    </message>
    <message>
        <source>Print service down</source>
        <translation>Service d’impression arrêté</translation>
    </message>
    <message>
        <source>CUPS not installed</source>
        <translation>CUPS non installé</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Problème d’imprimante</translation>
    </message>
    <message>
        <source>No printer: saves PDF files</source>
        <translation>Pas d’imprimante : enregistre des PDF</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Pas de nouvelles</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>il y a {n} min</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>il y a {n} h</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Back office — {station}</source>
        <translation>Espace équipe — {station}</translation>
    </message>
    <message>
        <source>Signed out after a quiet spell. Sign in again to go on.</source>
        <translation>Déconnexion après un moment sans activité. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Sign in to respond to the emergency.</source>
        <translation>Connectez-vous pour répondre à l’urgence.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Welcome. Everything here is free, and you never have to give your name.</source>
        <translation>Bienvenue. Tout est gratuit ici, et vous n&apos;avez jamais à donner votre nom.</translation>
    </message>
    <message>
        <source>Drug alerts</source>
        <translation>Alertes sur les drogues</translation>
    </message>
    <message>
        <source>Get supplies</source>
        <translation>Obtenir du matériel</translation>
    </message>
    <message>
        <source>Safer-use supplies and naloxone</source>
        <translation>Matériel de consommation à moindre risque et naloxone</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Safer use, overdose, health and local help</source>
        <translation>Consommer à moindre risque, surdose, santé et aide près d&apos;ici</translation>
    </message>
    <message>
        <source>Get help from staff</source>
        <translation>Demander de l&apos;aide à l&apos;équipe</translation>
    </message>
    <message>
        <source>Talk to someone, wound care, housing</source>
        <translation>Parler à quelqu&apos;un, soins des plaies, logement</translation>
    </message>
    <message>
        <source>I used naloxone on someone</source>
        <translation>J&apos;ai utilisé de la naloxone</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Donnez votre avis</translation>
    </message>
    <message>
        <source>Have your say: tell us what was missing</source>
        <translation>Donnez votre avis&#xa0;: dites-nous ce qui manquait</translation>
    </message>
</context>
<context>
    <name>StationModel</name>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Dernier signal</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>On this PC: {problem}</source>
        <translation>Sur ce poste : {problem}</translation>
    </message>
    <message>
        <source>Set &amp;place…</source>
        <translation>&amp;Emplacement…</translation>
    </message>
    <message>
        <source>Where this station stands, for the emergency banner</source>
        <translation>Où se trouve ce poste, pour le bandeau d’urgence</translation>
    </message>
    <message>
        <source>&amp;Naloxone kit location…</source>
        <translation>Trousse de &amp;naloxone…</translation>
    </message>
    <message>
        <source>Where the kit is kept, shown on the kiosks&apos; emergency screen</source>
        <translation>Où est rangée la trousse, affiché sur l’écran d’urgence des bornes</translation>
    </message>
    <message>
        <source>{station}: {report}</source>
        <translation>{station} : {report}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>One fewer: %1</source>
        <translation>Un de moins&#xa0;: %1</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>Un de plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>How many: %1</source>
        <translation>Combien&#xa0;: %1</translation>
    </message>
    <message>
        <source>That&apos;s the most for one visit</source>
        <translation>C&apos;est le maximum pour une visite</translation>
    </message>
    <message>
        <source>Your list is full</source>
        <translation>Votre liste est pleine</translation>
    </message>
    <message>
        <source>One less</source>
        <extracomment>Dialogs are read standing and tapped: large type, 10 mm targets, big round choices.</extracomment>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Supply</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En rayon</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bas à partir de</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>Limite par visite</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>At this rate</source>
        <translation>À ce rythme</translation>
    </message>
    <message>
        <source>{n} (out)</source>
        <translation>{n} (épuisé)</translation>
    </message>
    <message>
        <source>{n} (low)</source>
        <translation>{n} (bas)</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>StockNoticeLine</name>
    <message>
        <source>Stock: {notices}</source>
        <translation>Stock : {notices}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>See stock</source>
        <translation>Voir le stock</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide these notices until the next shift</source>
        <translation>Masquer ces avis jusqu’au prochain quart</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Find a supply</source>
        <translation>Chercher un article</translation>
    </message>
    <message>
        <source>Only running low</source>
        <translation>Seulement ce qui baisse</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Recevoir…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add supply…</source>
        <translation>Ajouter un article…</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Proposer à nouveau</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>À surveiller :</translation>
    </message>
    <message>
        <source>Nothing is running low or expiring within {n} days.</source>
        <translation>Rien ne manque bientôt et rien ne périme d’ici {n} jours.</translation>
    </message>
    <message>
        <source>{name}: {n} added. {stock} on the shelf now.</source>
        <translation>{name} : {n} ajoutés. {stock} en rayon maintenant.</translation>
    </message>
    <message>
        <source>{name} corrected by {delta:+d}. {stock} on the shelf now.</source>
        <translation>{name} corrigé de {delta:+d}. {stock} en rayon maintenant.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>{name} is in the catalogue.</source>
        <translation>{name} est dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Transfer from a partner</source>
        <translation>Transfert d’un partenaire</translation>
    </message>
    <message>
        <source>Another source</source>
        <translation>Autre source</translation>
    </message>
    <message>
        <source>First count</source>
        <translation>Premier comptage</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Handed over at the window</source>
        <translation>Remis au guichet</translation>
    </message>
    <message>
        <source>Taken to an overdose</source>
        <translation>Apporté sur une surdose</translation>
    </message>
    <message>
        <source>lot {lot} (use by {date})</source>
        <translation>lot {lot} (à utiliser avant le {date})</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <source>use by {date}</source>
        <translation>à utiliser avant le {date}</translation>
    </message>
    <message>
        <source>no lot</source>
        <translation>sans lot</translation>
    </message>
    <message>
        <source>{name}: none left</source>
        <translation>{name} : plus rien</translation>
    </message>
    <message>
        <source>{name}: {n} left (low at {low})</source>
        <translation>{name} : il en reste {n} (seuil bas : {low})</translation>
    </message>
    <message>
        <source>{name}, {lot}: {n} past their date</source>
        <translation>{name}, {lot} : {n} périmés</translation>
    </message>
    <message>
        <source>{name}, {lot}: {n} expire in {days} days</source>
        <translation>{name}, {lot} : {n} périment dans {days} jours</translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>plus d’un an</translation>
    </message>
    <message>
        <source>about {n} days</source>
        <translation>environ {n} jours</translation>
    </message>
    <message>
        <source>less than a day left at this rate</source>
        <translation>moins d’un jour restant à ce rythme</translation>
    </message>
    <message>
        <source>more than a year at this rate</source>
        <translation>plus d’un an à ce rythme</translation>
    </message>
    <message>
        <source>about {n} days left at this rate</source>
        <translation>environ {n} jours restants à ce rythme</translation>
    </message>
    <message>
        <source>{n} from {lot}</source>
        <translation>{n} — {lot}</translation>
    </message>
    <message>
        <source>Take first: {parts}</source>
        <translation>Prendre d’abord : {parts}</translation>
    </message>
</context>
<context>
    <name>SupplyTile</name>
    <message>
        <source>That&apos;s the most for one visit</source>
        <translation>C&apos;est le maximum pour une visite</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n each visit</source>
        <translation>
            <numerusform>Jusqu&apos;à %n par visite</numerusform>
            <numerusform>Jusqu&apos;à %n par visite</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff will come and find you</source>
        <extracomment>The title and filters scroll with the tiles when they would take more than this share of the height.</extracomment>
        <translation>Quelqu&apos;un de l&apos;équipe viendra vous voir</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n choisi</numerusform>
            <numerusform>%n choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>bigger</source>
        <translation>plus grande</translation>
    </message>
    <message>
        <source>biggest</source>
        <translation>la plus grande</translation>
    </message>
    <message>
        <source>Start screen: your language and your list stay</source>
        <translation>Écran d&apos;accueil : votre langue et votre liste restent</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Taille du texte : %1</translation>
    </message>
    <message>
        <source>Tap for bigger text. After the biggest, back to normal.</source>
        <translation>Touchez pour agrandir le texte. Après la plus grande taille, retour à la normale.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Arrêter la lecture à voix haute</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Lire cet écran à voix haute</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Quick exit: clear everything and go back to the start</source>
        <translation>Sortie rapide&#xa0;: tout effacer et revenir à l&apos;accueil</translation>
    </message>
    <message>
        <source>Someone is overdosing</source>
        <translation>Quelqu&apos;un fait une surdose</translation>
    </message>
    <message>
        <source>Someone is overdosing: call staff now</source>
        <translation>Quelqu&apos;un fait une surdose&#xa0;: appeler l&apos;équipe maintenant</translation>
    </message>
</context>
<context>
    <name>VisitFlows</name>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Votre ticket s&apos;imprime. Prenez-le à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be checked right now: the database can&apos;t be reached.</source>
        <translation>Le NIP ne peut pas être vérifié pour l&apos;instant&#xa0;: la base de données est injoignable.</translation>
    </message>
    <message>
        <source>Printing. Take it from the printer.</source>
        <translation>Impression en cours. Prenez la feuille à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>This kiosk is locked after too many wrong PINs. An admin can unlock it in the back office.</source>
        <translation>Cette borne est bloquée après trop de NIP erronés. Un administrateur peut la débloquer dans l&apos;espace du personnel.</translation>
    </message>
    <message>
        <source>That PIN didn&apos;t work. Try again.</source>
        <translation>Ce NIP n&apos;a pas fonctionné. Réessayez.</translation>
    </message>
    <message>
        <source>The slip is printing.</source>
        <translation>Le ticket s&apos;imprime.</translation>
    </message>
</context>
<context>
    <name>VisitorMessages</name>
    <message>
        <source>Requests can&apos;t be sent right now — please ask at the window.</source>
        <translation>Les demandes ne peuvent pas être envoyées pour l&apos;instant — adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>The printer is out of paper — scan the code on screen instead.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier — scannez plutôt le code à l&apos;écran.</translation>
    </message>
    <message>
        <source>The printer needs staff to fix it — scan the code on screen instead.</source>
        <translation>L&apos;imprimante doit être réparée par l&apos;équipe — scannez plutôt le code à l&apos;écran.</translation>
    </message>
    <message>
        <source>Printing isn&apos;t working right now — scan the code on screen instead.</source>
        <translation>L&apos;impression ne fonctionne pas pour l&apos;instant — scannez plutôt le code à l&apos;écran.</translation>
    </message>
    <message>
        <source>Choose at least one thing first.</source>
        <translation>Choisissez d&apos;abord au moins une chose.</translation>
    </message>
    <message>
        <source>That&apos;s a lot of different things at once. Please remove a few, or ask at the window.</source>
        <translation>Ça fait beaucoup de choses différentes à la fois. Retirez-en quelques-unes, ou adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>You can ask for up to %1 of %2 each visit. We changed the number for you.</source>
        <translation>Vous pouvez demander jusqu&apos;à %1 × %2 par visite. Nous avons corrigé la quantité pour vous.</translation>
    </message>
    <message>
        <source>Sorry, %1 has run out for now. We took it off your list.</source>
        <translation>Désolé, il n&apos;y a plus de %1 pour l&apos;instant. Nous l&apos;avons retiré de votre liste.</translation>
    </message>
    <message>
        <source>Something on your list needs a number. Please check it.</source>
        <translation>Il manque une quantité dans votre liste. Vérifiez-la, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Your request couldn&apos;t be sent. Please ask at the window.</source>
        <translation>Votre demande n&apos;a pas pu être envoyée. Adressez-vous au guichet.</translation>
    </message>
    <message>
        <source>Overdose</source>
        <translation>Surdose</translation>
    </message>
    <message>
        <source>Drug testing</source>
        <translation>Analyse de drogues</translation>
    </message>
    <message>
        <source>Injecting</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Inhalation</translation>
    </message>
    <message>
        <source>Snorting</source>
        <translation>Sniff</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexualité</translation>
    </message>
    <message>
        <source>Care and hygiene</source>
        <translation>Soins et hygiène</translation>
    </message>
    <message>
        <source>Help from staff</source>
        <translation>Aide de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>VoiceFlows</name>
    <message>
        <source>Naloxone has run out for now. Please ask at the window.</source>
        <translation>Il n&apos;y a plus de naloxone pour le moment. Demandez au guichet.</translation>
    </message>
</context>
<context>
    <name>WindowedExit</name>
    <message>
        <source>Close the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <source>Close the kiosk?</source>
        <translation>Fermer la borne&#xa0;?</translation>
    </message>
    <message>
        <source>Anything not sent yet is cleared. Requests already sent stay in the queue.</source>
        <translation>Ce qui n&apos;a pas été envoyé est effacé. Les demandes déjà envoyées restent dans la file.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>La garder ouverte</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Change my PIN</source>
        <translation>Changer mon code PIN</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>Sign out so someone else can sign in</source>
        <translation>Se déconnecter pour que quelqu’un d’autre se connecte</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
</TS>
