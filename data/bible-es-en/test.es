Y fueron todos los días de Lamech setecientos setenta y siete años; y murió.
Y murió Harán antes que su padre Thare en la tierra de su naturaleza, en Ur de los Caldeos.
Y será que cuando te habrán visto los Egipcios, dirán: Su mujer es: y me matarán á mí, y á ti te reservarán la vida.
Y ellos respondieron: Quita allá: y añadieron: Vino éste aquí para habitar como un extraño, ¿y habrá de erigirse en juez? Ahora te haremos más mal que á ellos. Y hacían gran violencia al varón, á Lot, y se acercaron para romper las puertas.
Y él les dijo: ¿Tiene paz? Y ellos dijeron: Paz; y he aquí Rachêl su hija viene con el ganado.
Y venida la mañana, he aquí que era Lea: y él dijo á Labán: ¿Qué es esto que me has hecho? ¿no te he servido por Rachêl? ¿por qué, pues, me has engañado?
Y dijo Lea: Dios me ha dado mi recompensa, por cuanto dí mi sierva á mi marido: por eso llamó su nombre Issachâr.
Estos fueron los hijos de Disán: Huz, y Arán.
Y vióla Judá, y túvola por ramera, porque había ella cubierto su rostro.
Llamó á los de casa, y hablóles diciendo: Mirad, nos ha traído un Hebreo, para que hiciese burla de nosotros: vino él á mí para dormir conmigo, y yo dí grandes voces;
Y ella puso junto á sí la ropa de él, hasta que vino su señor á su casa.
Enviad uno de vosotros, y traiga á vuestro hermano; y vosotros quedad presos, y vuestras palabras serán probadas, si hay verdad con vosotros: y si no, vive Faraón, que sois espías.
Entonces compró José toda la tierra de Egipto para Faraón; pues los Egipcios vendieron cada uno sus tierras, porque se agravó el hambre sobre ellos: y la tierra vino á ser de Faraón.
Y díjole más Jehová: Mete ahora tu mano en tu seno. Y él metió la mano en su seno; y como la sacó, he aquí que su mano estaba leprosa como la nieve.
Y las ranas se irán de ti, y de tus casas, y de tus siervos, y de tu pueblo, y solamente se quedarán en el río.
Y cuando Jehová te hubiere metido en la tierra del Cananeo, y del Hetheo, y del Amorrheo, y del Hebeo, y del Jebuseo, la cual juró á tus padres que te daría, tierra que destila leche y miel, harás este servicio en aqueste mes.
Y con la grandeza de tu poder has trastornado á los que se levantaron contra ti: enviaste tu furor; los tragó como á hojarasca.
Y dijo á Moisés: Yo tu suegro Jethro vengo á ti, con tu mujer, y sus dos hijos con ella.
Harás además un candelero de oro puro; labrado á martillo se hará el candelero: su pie, y su caña, sus copas, sus manzanas, y sus flores, serán de lo mismo:
Y cárdeno, y púrpura, y carmesí, y lino fino, y pelo de cabras;
Y cubrióla de oro puro por de dentro y por de fuera, é hízole una cornisa de oro en derredor.
Hicieron además dos anillos de oro, los cuales pusieron en las dos hombreras del ephod, abajo en la parte delantera, delante de su juntura, sobre el cinto del ephod.
Y el sacerdote la ofrecerá sobre el altar, y ha de quitarle la cabeza, y hará que arda en el altar; y su sangre será exprimida sobre la pared del altar.
Y si tu presente fuere ofrenda cocida en cazuela, haráse de flor de harina con aceite.
Y del sacrificio de las paces ofrecerá por ofrenda encendida á Jehová, su sebo, y la cola entera, la cual quitará á raíz del espinazo, y el sebo que cubre los intestinos, y todo el sebo que está sobre las entrañas:
Después hizo llegar el otro carnero, el carnero de las consagraciones, y Aarón y sus hijos pusieron sus manos sobre la cabeza del carnero:
Estos tendréis por inmundos de todos los reptiles: cualquiera que los tocare, cuando estuvieren muertos, será inmundo hasta la tarde.
Y al octavo día circuncidará la carne de su prepucio.
Y al séptimo día el sacerdote mirará la llaga: y si la tiña no pareciere haberse extendido, ni hubiere en ella pelo rubio, ni pareciere la tiña más profunda que la tez,
Y hará descostrar la casa por dentro alrededor, y derramarán el polvo que descostraren, fuera de la ciudad en lugar inmundo:
Y no llegarás á la mujer en el apartamiento de su inmundicia, para descubrir su desnudez.
Además, no tendrás acto carnal con la mujer de tu prójimo, contaminándote en ella.
No andarás chismeando en tus pueblos. No te pondrás contra la sangre de tu prójimo: Yo Jehová.
Y cualquiera que se echare con la mujer de su padre, la desnudez de su padre descubrió: ambos han de ser muertos; su sangre será sobre ellos.
Guardad, pues, todos mis estatutos y todos mis derechos, y ponedlos por obra: y no os vomitará la tierra, en la cual yo os introduzco para que habitéis en ella.
Y ofreceréis á Jehová siete días ofrenda encendida: el séptimo día será santa convocación; ninguna obra servil haréis.
Y tomaréis el primer día gajos con fruto de árbol hermoso, ramos de palmas, y ramas de árboles espesos, y sauces de los arroyos; y os regocijaréis delante de Jehová vuestro Dios por siete días.
O su tío, ó el hijo de su tío lo rescatará, ó el cercano de su carne, de su linaje, lo rescatará; ó si sus medios alcanzaren, él mismo se redimirá.
Cualquier anatema (cosa consagrada) de hombres que se consagrare, no será redimido: indefectiblemente ha de ser muerto.
Y la tribu de Gad: y el jefe de los hijos de Gad, Eliasaph hijo de Rehuel;
Y los nombres de los hijos de Gersón, por sus familias, estos: Libni, y Simei.
Un macho cabrío para expiación;
Habla á los hijos de Israel, diciendo: Cualquiera de vosotros ó de vuestras generaciones, que fuere inmundo por causa de muerto ó estuviere de viaje lejos, hará pascua á Jehová:
Y él les dijo: Oid ahora mis palabras: si tuviereis profeta de Jehová, le apareceré en visión, en sueños hablaré con él.
Habla á los hijos de Israel, y diles que se hagan pezuelos (franjas) en los remates de sus vestidos, por sus generaciones; y pongan en cada pezuelo de los remates un cordón de cárdeno:
Y Moisés hizo desnudar á Aarón de sus vestidos y vistiólos á Eleazar su hijo: y Aarón murió allí en la cumbre del monte: y Moisés y Eleazar descendieron del monte.
Pozo, el cual cavaron los señores; caváronlo los príncipes del pueblo, y el legislador, con sus bordones. Y del desierto vinieron á Mathana:
Y fueron los ancianos de Moab, y los ancianos de Madián, con las dádivas de adivinación en su mano, y llegaron á Balaam, y le dijeron las palabras de Balac.
Dios lo sacó de Egipto; tiene fuerzas como de unicornio: comerá á las gentes sus enemigas, y desmenuzará sus huesos, y asaeteará con sus saetas.
¿Por qué será quitado el nombre de nuestro padre de entre su familia, por no haber tenido hijo? Danos heredad entre los hermanos de nuestro padre.
Y con cada uno de los siete corderos, una décima;
Y un macho cabrío por expiación: además del holocausto continuo, y su presente y su libación.
Y partidos de Libna, asentaron en Rissa.
Vuestros ojos vieron lo que hizo Jehová con motivo de Baal-peor; que á todo hombre que fué en pos de Baal-peor destruyó Jehová tu Dios de en medio de ti.
No te inclinarás á ellas ni les servirás: porque yo soy Jehová tu Dios, fuerte, celoso, que visito la iniquidad de los padres sobre los hijos, y sobre los terceros, y sobre los cuartos, á los que me aborrecen,
CUIDARÉIS de poner por obra todo mandamiento que yo os ordeno hoy, porque viváis, y seáis multiplicados, y entréis, y poseáis la tierra, de la cual juró Jehová á vuestros padres.
Sabe, pues, hoy que Jehová tu Dios es el que pasa delante de ti, fuego consumidor, que los destruirá y humillará delante de ti: y tú los echarás, y los destruirás luego, como Jehová te ha dicho.
Entonces tomé las dos tablas, y arrojélas de mis dos manos, y quebrélas delante de vuestros ojos.
Si empero escuchares fielmente la voz de Jehová tu Dios, para guardar y cumplir todos estos mandamientos que yo te intimo hoy.
La mano de los testigos será primero sobre él para matarlo, y después la mano de todo el pueblo: así quitarás el mal de en medio de ti.
Pondrá Jehová á tus enemigos que se levantaren contra ti, de rota batida delante de ti: por un camino saldrán á ti, por siete caminos huirán delante de ti.
Y por los regalos de la tierra y su plenitud; y la gracia del que habitó en la zarza venga sobre la cabeza de José, y sobre la mollera del apartado de sus hermanos.
E Israel, fuente de Jacob, habitará confiado solo en tierra de grano y de vino: también sus cielos destilarán rocío.
Pasad por medio del campo, y mandad al pueblo, diciendo: Preveníos de comida; porque dentro de tres días pasaréis el Jordán, para que entréis á poseer la tierra que Jehová vuestro Dios os da para que la poseáis.
Y entrególos Jehová en manos de Israel, los cuales los hirieron y siguieron hasta Sidón la grande, y hasta las aguas calientes, y hasta el llano de Mizpa al oriente, hiriéndolos hasta que no les dejaron ninguno.
Empero todas las ciudades que estaban en sus cabezos, no las quemó Israel, sacando á sola Asor, la cual quemó Josué.
Ephraim al mediodía, y Manasés al norte, y la mar es su término: y encuéntranse con Aser á la parte del norte, y con Issachâr al oriente.
Esta es la heredad de la tribu de los hijos de Issachâr conforme á sus familias; estas ciudades con sus aldeas.
ENTONCES Josué llamó á los Rubenitas y á los Gaditas, y á la media tribu de Manasés,
Mas al Jebuseo que habitaba en Jerusalem, no echaron los hijos de Benjamín, y así el Jebuseo habitó con los hijos de Benjamín en Jerusalem hasta hoy.
Así quedó Moab sojuzgado aquel día bajo la mano de Israel: y reposó la tierra ochenta años.
Y los Galaaditas tomaron los vados del Jordán á Ephraim; y era que, cuando alguno de los de Ephraim que había huído, decía, ¿pasaré? los de Galaad le preguntaban: ¿Eres tú Ephrateo? Si él respondía, No;
Y la mujer vino y contólo á su marido, diciendo: Un varón de Dios vino á mí, cuyo aspecto era como el aspecto de un ángel de Dios, terrible en gran manera; y no le pregunté de dónde ni quién era, ni tampoco él me dijo su nombre.
Y oyendo los Filisteos que los hijos de Israel estaban reunidos en Mizpa, subieron los príncipes de los Filisteos contra Israel: lo cual como hubieron oído los hijos de Israel, tuvieron temor de los Filisteos.
Y dijo á los hijos de Israel: Así ha dicho Jehová el Dios de Israel: Yo saqué á Israel de Egipto, y os libré de mano de los Egipcios, y de mano de todos los reinos que os afligieron:
Y añadió el Filisteo: Hoy yo he desafiado el campo de Israel; dadme un hombre que pelee conmigo.
Mas Saúl se temía de David, por cuanto Jehová era con él, y se había apartado de Saúl.
Hannos sido por muro de día y de noche, todos los días que hemos estado con ellos apacentando las ovejas.
Que cuando uno me dió nuevas, diciendo, He aquí Saúl es muerto imaginándose que traía buenas nuevas, yo lo prendí, y le maté en Siclag en pago de la nueva.
Entonces David respondió á Michâl: Delante de Jehová, que me eligió más bien que á tu padre y á toda su casa, mandándome que fuese príncipe sobre el pueblo de Jehová, sobre Israel, danzaré delante de Jehová.
El edificará casa á mi nombre, y yo afirmaré para siempre el trono de su reino.
Hasta entonces el pueblo sacrificaba en los altos; porque no había casa edificada al nombre de Jehová hasta aquellos tiempos.
Y á Baalath, y á Tadmor en tierra del desierto;
La flota de Hiram que había traído el oro de Ophir, traía también de Ophir muy mucha madera de brasil, y piedras preciosas.
Reinó tres años en Jerusalem. El nombre de su madre fué Maachâ, hija de Abisalom.
Por los pecados de Jeroboam que él había cometido, y con los cuales hizo pecar á Israel; y por su provocación con que provocó á enojo á Jehová Dios de Israel.
Así rayó Zimri toda la casa de Baasa, conforme á la palabra de Jehová, que había proferido contra Baasa por medio del profeta Jehú;
ENTONCES Ben-adad rey de Siria juntó á todo su ejército, y con él treinta y dos reyes, con caballos y carros: y subió, y puso cerco á Samaria, y combatióla.
Y salió el rey de Israel, é hirió la gente de á caballo, y los carros; y deshizo los Siros con grande estrago.
Y tomando el manto de Elías que se le había caído, hirió las aguas, y dijo: ¿Dónde está Jehová, el Dios de Elías? Y así que hubo del mismo modo herido las aguas, apartáronse á uno y á otro lado, y pasó Eliseo.
Y como se levantaron por la mañana, y lució el sol sobre las aguas, vieron los de Moab desde lejos las aguas rojas como sangre;
Pero tomando Josaba hija del rey Joram, hermana de Ochôzías, á Joas hijo de Ochôzías, sacólo furtivamente de entre los hijos del rey, que se mataban, y ocultólo de delante de Athalía, á él y á su ama, en la cámara de las camas, y así no lo mataron.
Mas el pontífice Joiada tomó un arca, é hízole en la tapa un agujero, y púsola junto al altar, á la mano derecha como se entra en el templo de Jehová; y los sacerdotes que guardaban la puerta, ponían allí todo el dinero que se metía en la casa de Jehová.
E hizo lo malo en ojos de Jehová; no se apartó de los pecados de Jeroboam hijo de Nabat, el que hizo pecar á Israel.
Los hijos de Abraham: Isaac é Ismael.
Después entró Hesrón á la hija de Machîr padre de Galaad, la cual tomó siendo él de sesenta años, y ella le parió á Segub.
Y Epha, concubina de Caleb, le parió á Harán, y á Mosa, y á Gazez. Y Harán engendró á Gazez.
Los hijos de Coath: Amram, Ishar, Hebrón y Uzziel.
E hijo de Jonathán fué Merib-baal, y Merib-baal engendró á Michâ.
Pusiéronse ellos en medio de la haza, y la defendieron, y vencieron á los Filisteos; y favoreciólos Jehová con grande salvamento.
Ithai hijo de Ribai de Gabaath de los hijos de Benjamín, Benaías Phirathita;
Y Chênanías, principal de los Levitas, estaba para la entonación; pues él presidía en el canto, porque era entendido.
No permitió que nadie los oprimiese: antes por amor de ellos castigó á los reyes.
¿Qué más puede añadir David pidiendo de ti para glorificar á tu siervo? mas tú conoces á tu siervo.
Esfuérzate, y esforcémonos por nuestro pueblo, y por las ciudades de nuestro Dios; y haga Jehová lo que bien le pareciere.
De la otra media tribu de Manasés en Galaad, Iddo hijo de Zachârías; de los de Benjamín, Jaaciel hijo de Abner;
Y los hechos del rey David, primeros y postreros, están escritos en el libro de las crónicas de Samuel vidente, y en las crónicas del profeta Nathán, y en las crónicas de Gad vidente,
Y ellos le hablaron, diciendo: Si te condujeres humanamente con este pueblo, y los agradares, y les hablares buenas palabras, ellos te servirán perpetuamente.
Y Sedechîas hijo de Chênaana se había hecho cuernos de hierro, y decía: Así ha dicho Jehová: Con estos acornearás á los Siros hasta destruirlos del todo.
Los hijos de Zachâi, setecientos y sesenta;
Y á Hasabías, y con él á Isaía de los hijos de Merari, á sus hermanos y á sus hijos, veinte;
Y publiqué ayuno allí junto al río de Ahava, para afligirnos delante de nuestro Dios, para solicitar de él camino derecho para nosotros, y para nuestros niños, y para toda nuestra hacienda.
Esté ahora atento tu oído, y tus ojos abiertos, para oir la oración de tu siervo, que yo hago ahora delante de ti día y noche, por los hijos de Israel tus siervos; y confieso los pecados de los hijos de Israel que hemos contra ti cometido; sí, yo y la casa de mi padre hemos pecado.
Sin sus siervos y siervas, que eran siete mil trescientos treinta y siete; y entre ellos había doscientos cuarenta y cinco cantores y cantoras.
De Joiarib, Mathenai; de Jedaías, Uzzi;
Y antes de esto, Eliasib sacerdote, siendo superintendente de la cámara de la casa de nuestro Dios, había emparentado con Tobías,
También estaban en ella Tirios que traían pescado y toda mercadería, y vendían en sábado á los hijos de Judá en Jerusalem.
Y la bebida fué según esta ley: Que nadie constriñese; porque así lo había mandado el rey á todos los mayordomos de su casa; que se hiciese según la voluntad de cada uno.
La copia de la escritura que había de darse por ordenanza en cada provincia, para que fuese manifiesta á todos los pueblos, decía que los Judíos estuviesen apercibidos para aquel día, para vengarse de sus enemigos.
Los Judíos tuvieron luz y alegría, y gozo y honra.
¿Acaso gime el asno montés junto á la hierba? ¿muge el buey junto á su pasto?
Escúchame; yo te mostraré y te contaré lo que he visto:
Tribulación y angustia le asombrarán, y esforzaránse contra él como un rey apercibido para la batalla.
El me ha puesto por parábola de pueblos, y delante de ellos he sido como tamboril.
Porque temí el castigo de Dios, contra cuya alteza yo no tendría poder.
¿Hará concierto contigo para que lo tomes por siervo perpetuo?
El hierro estima por pajas, y el acero por leño podrido.
Jehová es la porción de mi parte y de mi copa; tú sustentarás mi suerte.
Me mostrarás la senda de la vida: hartura de alegrías hay con tu rostro; deleites en tu diestra para siempre.
De los hombres con tu mano, oh Jehová, de los hombres de mundo, cuya parte es en esta vida, y cuyo vientre hinches de tu tesoro: hartan sus hijos, y dejan el resto á sus chiquitos.
Porque él la fundó sobre los mares, y afirmóla sobre los ríos.
Mas los impíos perecerán, y los enemigos de Jehová como la grasa de los carneros serán consumidos: se disiparán como humo.
Jehová no lo dejará en sus manos, ni lo condenará cuando le juzgaren.
Vuélveme el gozo de tu salud; y el espíritu libre me sustente.
Acábalos con furor, acábalos, y no sean: y sepan que Dios domina en Jacob hasta los fines de la tierra. (Selah.)
Alábenlo los cielos y la tierra, los mares, y todo lo que se mueve en ellos.
Y desechó el tabernáculo de José, y no escogió la tribu de Ephraim;
Aparté su hombro de debajo de la carga; sus manos se quitaron de vasijas de barro.
No saben, no entienden, andan en tinieblas: vacilan todos los cimientos de la tierra.
¿Estarás enojado contra nosotros para siempre? ¿extenderás tu ira de generación en generación?
Sobre mí se ha acostado tu ira, y me has afligido con todas tus ondas. (Selah.)
Alabanza y magnificencia delante de él: fortaleza y gloria en su santuario.
Sus caminos notificó á Moisés, y á los hijos de Israel sus obras.
A Jehová cantaré en mi vida: á mi Dios salmearé mientras viviere.
Y pusieron contra mí mal por bien, y odio por amor.
Aleluya. BIENAVENTURADO el hombre que teme á Jehová, y en sus mandamientos se deleita en gran manera.
A la presencia del Señor tiembla la tierra, á la presencia del Dios de Jacob;
En mi corazón he guardado tus dichos, para no pecar contra ti.
TETH. Bien has hecho con tu siervo, oh Jehová, conforme á tu palabra.
No me aparté de tus juicios; porque tú me enseñaste.
Nuestros pies estuvieron en tus puertas, oh Jerusalem;
Hasta que halle lugar para Jehová, moradas para el Fuerte de Jacob.
Todo lo que respira alabe á JAH. Aleluya.
Para entender sabiduría y doctrina; para conocer las razones prudentes;
Para librarte del mal camino, de los hombres que hablan perversidades;
Y hallarás gracia y buena opinión en los ojos de Dios y de los hombres.
Como el vinagre á los dientes, y como el humo á los ojos, así es el perezoso á los que lo envían.
MEJOR es un bocado seco, y en paz, que la casa de contienda llena de víctimas.
¿De qué sirve el precio en la mano del necio para comprar sabiduría, no teniendo entendimiento?
Come, hijo mío, de la miel, porque es buena, y del panal dulce á tu paladar:
Y abundancia de leche de las cabras para tu mantenimiento, y para mantenimiento de tu casa, y para sustento de tus criadas.
Vanidad de vanidades, dijo el Predicador; vanidad de vanidades, todo vanidad.
Y fuí engrandecido, y aumentado más que todos los que fueron antes de mí en Jerusalem: á más de esto perseveró conmigo mi sabiduría.
No te apresures á irte de delante de él, ni en cosa mala persistas; porque él hará todo lo que quisiere:
Por el placer se hace el convite, y el vino alegra los vivos: y el dinero responde á todo.
Racimo de copher en las viñas de Engadi es para mí mi amado.
Dijo entonces Isaías: Oid ahora, casa de David. ¿Os es poco el ser molestos á los hombres, sino que también lo seáis á mi Dios?
Con saetas y arco irán allá; porque toda la tierra será espinos y cardos.
Y será la justicia cinto de sus lomos, y la fidelidad ceñidor de sus riñones.
Pon la mesa, mira del atalaya, come, bebe: levantaos, príncipes, ungid el escudo.
¿Quién decretó esto sobre Tiro la coronada, cuyos negociantes eran príncipes, cuyos mercaderes eran los nobles de la tierra?
Y mi pueblo habitará en morada de paz, y en habitaciones seguras, y en recreos de reposo.
Mas los que esperan á Jehová tendrán nuevas fuerzas; levantarán las alas como águilas; correrán, y no se cansarán; caminarán, y no se fatigarán.
Yo Jehová, Santo vuestro, Criador de Israel, vuestro Rey.
No compraste para mí caña aromática por dinero, ni me saciaste con la grosura de tus sacrificios; antes me hiciste servir en tus pecados, me has fatigado con tus maldades.
No supieron ni entendieron: porque encostrados están sus ojos para no ver, y su corazón para no entender.
¡Voz de tus atalayas! alzarán la voz, juntamente darán voces de júbilo; porque ojo á ojo verán que Jehová vuelve á traer á Sión.
Ciertamente á mí esperarán las islas, y las naves de Tarsis desde el principio, para traer tus hijos de lejos, su plata y su oro con ellos, al nombre de Jehová tu Dios, y al Santo de Israel, que te ha glorificado.
¿QUIÉN es éste que viene de Edom, de Bosra con vestidos bermejos? ¿éste hermoso en su vestido, que marcha en la grandeza de su poder? Yo, el que hablo en justicia, grande para salvar.
DICEN: Si alguno dejare su mujer, y yéndose ésta de él se juntare á otro hombre, ¿volverá á ella más? ¿no será tal tierra del todo amancillada? Tú pues has fornicado con muchos amigos; mas vuélvete á mí, dijo Jehová.
Y con todo esto, la rebelde su hermana Judá no se tornó á mí de todo su corazón, sino mentirosamente, dice Jehová.
Porque la voz se oye del que trae las nuevas desde Dan, y del que hace oir la calamidad desde el monte de Ephraim.
Y pondré á Jerusalem en montones, por morada de culebras; y pondré las ciudades de Judá en asolamiento, que no quede morador.
Mas la gente que sometiere su cuello al yugo del rey de Babilonia, y le sirviere, haréla dejar en su tierra, dice Jehová, y labrarála, y morará en ella.
Así ha dicho Jehová de los ejércitos, Dios de Israel, acerca de Achâb hijo de Colías, y acerca de Sedechîas hijo de Maasías, quienes os profetizan en mi nombre falsamente: He aquí los entrego yo en mano de Nabucodonosor rey de Babilonia, y él los herirá delante de vuestro ojos;
¿Por qué gritas á causa de tu quebrantamiento? Desahuciado es tu dolor: porque por la grandeza de tu iniquidad, y por tus muchos pecados te he hecho esto.
He aquí vienen días, dice Jehová, en que sembraré la casa de Israel y la casa de Judá de simiente de hombre y de simiente de animal.
Hazte vasos de transmigración, moradora hija de Egipto; porque Noph será por yermo, y será asolada hasta no quedar morador.
E hizo lo malo en los ojos de Jehová, conforme á todo lo que hizo Joacim.
Asentóme en oscuridades, como los ya muertos de mucho tiempo.
Cesó el gozo de nuestro corazón; nuestro corro se tornó en luto.
Por tanto, he aquí que yo extendí sobre ti mi mano, y disminuí tu provisión ordinaria, y te entregué á la voluntad de las hijas de los Filisteos que te aborrecen, las cuales se avergüenzan de tu camino deshonesto.
Que no comiere sobre los montes, ni alzare sus ojos á los ídolos de la casa de Israel, ni violare la mujer de su prójimo, ni llegare á la mujer menstruosa,
Y no ha de ser lo que habéis pensado. Porque vosotros decís: Seamos como las gentes, como las familias de las naciones, sirviendo á la madera y á la piedra.
Sus sacerdotes violentaron mi ley, y contaminaron mis santuarios: entre lo santo y lo profano no hicieron diferencia, ni distinguieron entre inmundo y limpio; y de mis sábados escondieron sus ojos, y yo era profanado en medio de ellos.
De la casa de Togarma, caballos y caballeros y mulos, dieron en tu mercado.
Y nunca más será á la casa de Israel espino que le punce, ni espanto que le dé dolor, en todos los alrededores de los que los menosprecian; y sabrán que yo soy Jehová.
Hijo del hombre, profetiza contra los pastores de Israel; profetiza, y diles á los pastores: Así ha dicho el Señor Jehová: ¡Ay de los pastores de Israel, que se apacientan á sí mismos! ¿No apacientan los pastores los rebaños?
Coméis la leche, y os vestís de la lana: la gruesa degolláis, no apacentáis las ovejas.
Y el árbol del campo dará su fruto, y la tierra dará su fruto, y estarán sobre su tierra seguramente; y sabrán que yo soy Jehová, cuando quebrare las coyundas de su yugo, y los librare de mano de los que se sirven de ellos.
TÚ pues, hijo del hombre, profetiza contra Gog, y di: Así ha dicho el Señor Jehová: He aquí yo contra ti, oh Gog, príncipe de la cabecera de Mesech y Tubal:
Y díjome: Estas aguas salen á la región del oriente, y descenderán á la llanura, y entrarán en la mar: y entradas en la mar, recibirán sanidad las aguas.
Y la heredaréis así los unos como los otros: por ella alcé mi mano que la había de dar á vuestros padres: por tanto, esta tierra os caerá en heredad.
Respondieron la segunda vez, y dijeron: Diga el rey el sueño á sus siervos, y mostraremos su declaración.
Y Daniel entró, y pidió al rey que le diese tiempo, y que él mostraría al rey la declaración.
Y yo, Daniel, miré, y he aquí otros dos que estaban, el uno de esta parte á la orilla del río, y el otro de la otra parte á la orilla del río.
Si te encaramares como águila, y si entre las estrellas pusieres tu nido, de ahí te derribaré, dice Jehová.
El que ayer era mi pueblo, se ha levantado como enemigo: tras las vestiduras quitasteis las capas atrevidamente á los que pasaban, como los que vuelven de la guerra.
De cierto te reuniré todo, oh Jacob: recogeré ciertamente el resto de Israel: pondrélo junto como ovejas de Bosra, como rebaño en mitad de su majada: harán estruendo por la multitud de los hombres.
Lamerán el polvo como la culebra; como las serpientes de la tierra, temblarán en sus encierros: despavorirse han de Jehová nuestro Dios, y temerán de ti.
Horadaste con sus báculos las cabezas de sus villas, que como tempestad acometieron para derramarme: su orgullo era como para devorar al pobre encubiertamente.
Y díjome: ¿Qué ves? Y respondí: He mirado, y he aquí un candelero todo de oro, con su vaso sobre su cabeza, y sus siete lámparas encima del candelero; y siete canales para las lámparas que están encima de él;
En el que estaban los caballos negros, salieron hacia la tierra del aquilón; y los blancos salieron tras ellos; y lo overos salieron hacia la tierra del mediodía.
Porque he aquí, yo levanto pastor en la tierra, que no visitará las perdidas, no buscará la pequeña, no curará la perniquebrada, ni llevará la cansada á cuestas; sino que se comerá la carne de la gruesa, y romperá sus uñas.
¿Quién también hay de vosotros que cierre las puertas ó alumbre mi altar de balde? Yo no recibo contentamiento en vosotros, dice Jehová de los ejércitos, ni de vuestra mano me será agradable el presente.
La generación mala y adulterina demanda señal; mas señal no le será dada, sino la señal de Jonás profeta. Y dejándolos, se fué.
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque rodeáis la mar y la tierra por hacer un prosélito; y cuando fuere hecho, le hacéis hijo del infierno doble más que vosotros.
Por tanto, cuando viereis la abominación del asolamiento, que fué dicha por Daniel profeta, que estará en el lugar santo, (el que lee, entienda),
Mas el que había recibido uno, fué y cavó en la tierra, y escondió el dinero de su señor.
Lo cual viendo sus discípulos, se enojaron, diciendo: ¿Por qué se pierde esto?
Porque echando este ungüento sobre mi cuerpo, para sepultarme lo ha hecho.
Yo á la verdad os he bautizado con agua; mas él os bautizará con Espíritu Santo.
Y volvió á salir á la mar, y toda la gente venía á él, y los enseñaba.
Y otra parte cayó en buena tierra, y dió fruto, que subió y creció: y llevó uno á treinta, y otro á sesenta, y otro á ciento.
Y tomados los cinco panes y los dos peces, mirando al cielo, bendijo, y partió los panes, y dió á sus discípulos para que los pusiesen delante: y repartió á todos los dos peces.
Mas decía, que lo que del hombre sale, aquello contamina al hombre.
Y vino á Bethsaida; y le traen un ciego, y le ruegan que le tocase.
¿O qué recompensa dará el hombre por su alma?
Y unos de los que estaban allí, les dijeron: ¿Qué hacéis desatando el pollino?
Entonces ellos pensaron dentro de sí, diciendo: Si dijéremos, del cielo, dirá: ¿Por qué, pues, no le creísteis?
¿Qué, pues, hará el señor de la viña? Vendrá, y destruirá á estos labradores, y dará su viña á otros.
Y cuando os trajeren para entregaros, no premeditéis qué habéis de decir, ni lo penséis: mas lo que os fuere dado en aquella hora, eso hablad; porque no sois vosotros los que habláis, sino el Espíritu Santo.
Y ellos oyéndolo se holgaron, y prometieron que le darían dineros. Y buscaba oportunidad cómo le entregaría.
Y cuando vino la hora de sexta, fueron hechas tinieblas sobre toda la tierra hasta la hora de nona.
Quitarán serpientes, y si bebieren cosa mortífera, no les dañará; sobre los enfermos pondrán sus manos, y sanarán.
Y he aquí, Elisabet tu parienta, también ella ha concebido hijo en su vejez; y este es el sexto mes á ella que es llamada la estéril:
Y levantándose, le echaron fuera de la ciudad, y le llevaron hasta la cumbre del monte sobre el cual la ciudad de ellos estaba edificada, para despeñarle.
Y le acechaban los escribas y los Fariseos, si sanaría en sábado, por hallar de qué le acusasen.
Este es de quien está escrito: He aquí, envío mi mensajero delante de tu faz, el cual aparejará tu camino delante de ti.
Y les decía: La mies á la verdad es mucha, mas los obreros pocos; por tanto, rogad al Señor de la mies que envíe obreros á su mies.
Y aconteció que diciendo estas cosas, una mujer de la compañía, levantando la voz, le dijo: Bienaventurado el vientre que te trajo, y los pechos que mamaste.
Para que de esta generación sea demandada la sangre de todos los profetas, que ha sido derramada desde la fundación del mundo;
Y SE llegaban á él todos los publicanos y pecadores á oirle.
Cualquiera que procurare salvar su vida, la perderá; y cualquiera que la perdiere, la salvará.
Y después que le hubieren azotado, le matarán: mas al tercer día resucitará.
Porque no pueden ya más morir: porque son iguales á los ángeles, y son hijos de Dios, cuando son hijos de la resurrección.
Y le apareció un ángel del cielo confortándole.
Y comenzaron á acusarle, diciendo: A éste hemos hallado que pervierte la nación, y que veda dar tributo á César, diciendo que él es el Cristo, el rey.
Entonces fueron abiertos los ojos de ellos, y le conocieron; mas él se desapareció de los ojos de ellos.
Y dícele Jesús: ¿Qué tengo yo contigo, mujer? aun no ha venido mi hora.
A éste abre el portero, y las ovejas oyen su voz: y á sus ovejas llama por nombre, y las saca.
También tengo otras ovejas que no son de este redil; aquéllas también me conviene traer, y oirán mi voz; y habrá un rebaño, y un pastor.
Vosotros sois mis amigos, si hiciereis las cosas que yo os mando.
Antes, porque os he hablado estas cosas, tristeza ha henchido vuestro corazón.
ESTAS cosas habló Jesús, y levantados los ojos al cielo, dijo: Padre, la hora es llegada; glorifica á tu Hijo, para que también tu Hijo te glorifique á ti;
Respondiéronle: A Jesús Nazareno. Díceles Jesús: Yo soy. (Y estaba también con ellos Judas, el que le entregaba.)
Y todos los profetas desde Samuel y en adelante, todos los que han hablado, han anunciado estos días.
Y como Lydda estaba cerca de Joppe, los discípulos, oyendo que Pedro estaba allí, le enviaron dos hombres, rogándole: No te detengas en venir hasta nosotros.
Y al otro día entraron en Cesarea. Y Cornelio los estaba esperando, habiendo llamado á sus parientes y los amigos más familiares.
Y mató á cuchillo á Jacobo, hermano de Juan.
Y el sábado siguiente se juntó casi toda la ciudad á oir la palabra de Dios.
Nos ha parecido, congregados en uno, elegir varones, y enviarlos á vosotros con nuestros amados Bernabé y Pablo,
Y predican ritos, los cuales no nos es lícito recibir ni hacer, pues somos Romanos.
Porque con gran vehemencia convencía públicamente á los Judíos, mostrando por las Escrituras que Jesús era el Cristo.
Sirviendo al Señor con toda humildad, y con muchas lágrimas, y tentaciones que me han venido por las asechanzas de los Judíos:
Cómo nada que fuese útil he rehuído de anunciaros y enseñaros, públicamente y por las casas,
Lo cual como oímos, le rogamos nosotros y los de aquel lugar, que no subiese á Jerusalem.
¿O menosprecias las riquezas de su benignidad, y paciencia, y longanimidad, ignorando que su benignidad te guía á arrepentimiento?
El cual pagará á cada uno conforme á sus obras:
Porque no por la ley fué dada la promesa á Abraham ó á su simiente, que sería heredero del mundo, sino por la justicia de la fe.
Por tanto es por la fe, para que sea por gracia; para que la promesa sea firme á toda simiente, no solamente al que es de la ley, mas también al que es de la fe de Abraham, el cual es padre de todos nosotros,
Y sabemos que á los que á Dios aman, todas las cosas les ayudan á bien, es á saber, á los que conforme al propósito son llamados.
Luego la fe es por el oir; y el oir por la palabra de Dios.
O si ministerio, en servir; ó el que enseña, en doctrina;
Bendecid á los que os persiguen: bendecid, y no maldigáis.
Como también yo en todas las cosas complazco á todos, no procurando mi propio beneficio, sino el de muchos, para que sean salvos.
Porque por un Espíritu somos todos bautizados en un cuerpo, ora Judíos ó Griegos, ora siervos ó libres; y todos hemos bebido de un mismo Espíritu.
Mas dirá alguno: ¿Cómo resucitarán los muertos? ¿Con qué cuerpo vendrán?
Por tanto, nosotros todos, mirando á cara descubierta como en un espejo la gloria del Señor, somos transformados de gloria en gloria en la misma semejanza, como por el Espíritu del Señor.
Porque es menester que todos nosotros parezcamos ante el tribunal de Cristo, para que cada uno reciba según lo que hubiere hecho por medio del cuerpo, ora sea bueno ó malo.
Porque he aquí, esto mismo que según Dios fuisteis contristados, cuánta solicitud ha obrado en vosotros, y aun defensa, y aun enojo, y aun temor, y aun gran deseo, y aun celo, y aun vindicación. En todo os habéis mostrado limpios en el negocio.
¿Pues de qué sirve la ley? Fué puesta por causa de las rebeliones, hasta que viniese la simiente á quien fué hecha la promesa, ordenada aquélla por los ángeles en la mano de un mediador.
Sobrellevad los unos las cargas de los otros; y cumplid así la ley de Cristo.
Cada uno empero de vosotros de por sí, ame también á su mujer como á sí mismo; y la mujer reverencie á su marido.
No mirando cada uno á lo suyo propio, sino cada cual también á lo de los otros.
Por lo cual Dios también le ensalzó á lo sumo, y dióle un nombre que es sobre todo nombre;
Vuestra modestia sea conocida de todos los hombres. El Señor está cerca.
Por lo cual también nosotros, desde el día que lo oímos, no cesamos de orar por vosotros, y de pedir que seáis llenos del conocimiento de su voluntad, en toda sabiduría y espiritual inteligencia;
Nadie os prive de vuestro premio, afectando humildad y culto á los ángeles, metiéndose en lo que no ha visto, vanamente hinchado en el sentido de su propia carne,
Y también todos los que quieren vivir píamente en Cristo Jesús, padecerán persecución.
Fué, pues, necesario que las figuras de las cosas celestiales fuesen purificadas con estas cosas; empero las mismas cosas celestiales con mejores sacrificios que éstos.
Acordaos de los presos, como presos juntamente con ellos; y de los afligidos, como que también vosotros mismos sois del cuerpo.
Y de hacer bien y de la comunicación no os olvidéis: porque de tales sacrificios se agrada Dios.
A la figura de la cual el bautismo que ahora corresponde nos salva (no quitando las inmundicias de la carne, sino como demanda de una buena conciencia delante de Dios,) por la resurrección de Jesucristo:
Amados, si Dios así nos ha amado, debemos también nosotros amarnos unos á otros.
De la misma manera también estos soñadores amancillan la carne, y menosprecian la potestad, y vituperan las potestades superiores.
Y tenían cabellos como cabellos de mujeres: y sus dientes eran como dientes de leones.
Y tenían corazas como corazas de hierro; y el estruendo de sus alas, como el ruido de carros que con muchos caballos corren á la batalla.
Y fué hecha una grande batalla en el cielo: Miguel y sus ángeles lidiaban contra el dragón; y lidiaba el dragón y sus ángeles,
Y oí una voz del cielo como ruido de muchas aguas, y como sonido de un gran trueno: y oí una voz de tañedores de arpas que tañían con sus arpas:
