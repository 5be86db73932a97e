<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>PageView</name>
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
</TS>
