2nd_place = 'bob'
